package io.taktline.core.asset;

import io.taktline.core.document.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One node of the ISA-95 hierarchy. Its code is unique under its parent; its path (the codes
 * from the root down, joined by '/') is unique in the plant and is how people and imports name it.
 */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Asset parent;

    // The parent's id without touching the parent: reading it through a lazy proxy would load it.
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetLevel level;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, unique = true)
    private String path;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_class_id")
    private EquipmentClass equipmentClass;

    @Convert(converter = AttributesConverter.class)
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private Map<String, String> attributes = new LinkedHashMap<>();

    protected Asset() {}

    private Asset(Asset parent, AssetLevel level, String code, String name) {
        if (!level.mayBeChildOf(parent == null ? null : parent.level)) {
            throw new IllegalArgumentException(
                    parent == null
                            ? "asset '" + code + "' has no parent, so it must be an ENTERPRISE, not " + level
                            : "asset '" + code + "' of level " + level + " cannot sit below " + parent.level + " '"
                                    + parent.path + "'");
        }
        this.parent = parent;
        this.level = level;
        this.code = AssetCode.check(code);
        this.name = requireText(name, "name of asset '" + code + "'");
        this.path = parent == null ? code : parent.path + "/" + code;
    }

    /** The top of a model: an enterprise. */
    public static Asset enterprise(String code, String name) {
        return new Asset(null, AssetLevel.ENTERPRISE, code, name);
    }

    /** A new asset directly below this one; the level must be the next one down. */
    public Asset addChild(AssetLevel level, String code, String name) {
        return new Asset(this, level, code, name);
    }

    /** Changes what people read about the asset; identity (code, path, level) stays. */
    public void describe(String name, String description, int sortOrder) {
        this.name = requireText(name, "name of asset '" + path + "'");
        this.description = description;
        this.sortOrder = sortOrder;
    }

    /** Free attributes (supplier, cost centre, asset number ...), replaced as a whole. */
    public void describeWith(Map<String, String> attributes) {
        this.attributes = new LinkedHashMap<>(attributes);
    }

    public void classify(EquipmentClass equipmentClass) {
        this.equipmentClass = equipmentClass;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    /**
     * Moves this asset, with everything below it, under another parent; the paths of the subtree
     * follow. Refused when the new parent lies inside the subtree or the levels do not fit.
     */
    public void moveBelow(Asset newParent, List<Asset> descendants) {
        if (newParent == this || newParent.path.startsWith(path + "/")) {
            throw new AssetModelException("cannot move '" + path + "' below '" + newParent.path
                    + "': that is inside its own subtree, which would make a cycle");
        }
        if (!level.mayBeChildOf(newParent.level)) {
            throw new AssetModelException("cannot move " + level + " '" + path + "' below " + newParent.level + " '"
                    + newParent.path + "'; a " + level + " sits below a "
                    + (level == AssetLevel.ENTERPRISE ? "nothing" : AssetLevel.values()[level.ordinal() - 1]));
        }
        String oldPrefix = path + "/";
        this.parent = newParent;
        this.parentId = newParent.id;
        this.path = newParent.path + "/" + code;
        for (Asset descendant : descendants) {
            if (!descendant.path.startsWith(oldPrefix)) {
                throw new IllegalArgumentException(descendant.path + " is not below " + oldPrefix);
            }
            descendant.path = path + "/" + descendant.path.substring(oldPrefix.length());
        }
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; give it a name people recognise");
        }
        return TextLimits.line(what, text.strip(), TextLimits.NAME);
    }

    public Long id() {
        return id;
    }

    public Asset parent() {
        return parent;
    }

    public Long parentId() {
        if (parentId != null || parent == null) {
            return parentId;
        }
        return parent.id();
    }

    public AssetLevel level() {
        return level;
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

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public String path() {
        return path;
    }

    public EquipmentClass equipmentClass() {
        return equipmentClass;
    }

    public Map<String, String> attributes() {
        return Map.copyOf(attributes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Asset asset && Objects.equals(path, asset.path);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(path);
    }

    @Override
    public String toString() {
        return level + " " + path;
    }
}
