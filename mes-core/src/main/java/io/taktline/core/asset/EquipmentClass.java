package io.taktline.core.asset;

import io.taktline.core.state.EquipmentState;
import io.taktline.core.state.StateMapping;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A kind of equipment (a tandem press, a weld robot, a paint booth): the tags every piece of it
 * has, as templates, and how its PLC's raw state codes map to Taktline's equipment states.
 */
@Entity
@Table(name = "equipment_class")
public class EquipmentClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Convert(converter = AttributesConverter.class)
    @Column(name = "state_mapping", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private Map<String, String> stateMapping = new LinkedHashMap<>();

    @OneToMany(mappedBy = "equipmentClass", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<TagTemplate> tagTemplates = new ArrayList<>();

    protected EquipmentClass() {}

    public EquipmentClass(String code, String name) {
        this.code = AssetCode.check(code);
        this.name = name;
    }

    public void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Replaces the state mapping: raw code to equipment state. */
    public void mapStates(Map<Integer, EquipmentState> codes) {
        stateMapping = new LinkedHashMap<>();
        codes.forEach((raw, state) -> stateMapping.put(String.valueOf(raw), state.name()));
    }

    public StateMapping stateMapping() {
        Map<Integer, EquipmentState> codes = new LinkedHashMap<>();
        stateMapping.forEach((raw, state) -> codes.put(Integer.parseInt(raw), EquipmentState.valueOf(state)));
        return new StateMapping(name, codes);
    }

    /** Adds a template, or changes the one of the same name. */
    public TagTemplate defineTag(String name, TagRole role, String dataType) {
        TagTemplate template = template(name).orElseGet(() -> {
            TagTemplate created = new TagTemplate(this, name);
            tagTemplates.add(created);
            return created;
        });
        template.define(role, dataType);
        return template;
    }

    public Optional<TagTemplate> template(String name) {
        return tagTemplates.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<TagTemplate> tagTemplates() {
        return List.copyOf(tagTemplates);
    }
}
