package io.taktline.core.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A tag every piece of equipment of a class has: what a tag of that name means and how to sample it. */
@Entity
@Table(name = "tag_template")
public class TagTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_class_id")
    private EquipmentClass equipmentClass;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TagRole role;

    @Column(name = "data_type", nullable = false)
    private String dataType;

    private String unit;

    @Column(name = "sampling_interval_ms", nullable = false)
    private int samplingIntervalMs = 1000;

    @Column(nullable = false)
    private double deadband;

    protected TagTemplate() {}

    TagTemplate(EquipmentClass equipmentClass, String name) {
        this.equipmentClass = equipmentClass;
        this.name = name;
    }

    void define(TagRole role, String dataType) {
        this.role = role;
        this.dataType = dataType;
    }

    public void sampleEvery(int samplingIntervalMs, double deadband, String unit) {
        if (samplingIntervalMs <= 0 || deadband < 0) {
            throw new IllegalArgumentException("tag template '" + name + "' of class '" + equipmentClass.code()
                    + "' needs a positive sampling interval and a deadband of 0 or more");
        }
        this.samplingIntervalMs = samplingIntervalMs;
        this.deadband = deadband;
        this.unit = unit;
    }

    public String name() {
        return name;
    }

    public TagRole role() {
        return role;
    }

    public String dataType() {
        return dataType;
    }

    public String unit() {
        return unit;
    }

    public int samplingIntervalMs() {
        return samplingIntervalMs;
    }

    public double deadband() {
        return deadband;
    }
}
