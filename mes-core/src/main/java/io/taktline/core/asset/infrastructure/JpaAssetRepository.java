package io.taktline.core.asset.infrastructure;

import io.taktline.core.asset.Asset;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetRepository;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.EquipmentClass;
import io.taktline.core.asset.OpcUaEndpoint;
import io.taktline.core.asset.Tag;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** {@link AssetRepository} on one JPA entity manager, inside the caller's transaction. */
public final class JpaAssetRepository implements AssetRepository {

    private final EntityManager em;

    public JpaAssetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Asset> findAll() {
        return em.createQuery("select a from Asset a order by a.path", Asset.class)
                .getResultList();
    }

    @Override
    public List<AssetView> findAllViews() {
        return em.createQuery(
                        "select new io.taktline.core.asset.AssetView(a.id, a.parentId, a.level, a.code, a.name,"
                                + " a.description, a.sortOrder, a.active, a.path) from Asset a order by a.path",
                        AssetView.class)
                .getResultList();
    }

    @Override
    public List<Asset> findByLevel(AssetLevel level) {
        return em.createQuery("select a from Asset a where a.level = :level order by a.sortOrder, a.path", Asset.class)
                .setParameter("level", level)
                .getResultList();
    }

    @Override
    public Optional<Asset> findByPath(String path) {
        return em.createQuery("select a from Asset a where a.path = :path", Asset.class)
                .setParameter("path", path)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Asset store(Asset asset) {
        em.persist(asset);
        return asset;
    }

    @Override
    public List<OpcUaEndpoint> findEndpoints() {
        return em.createQuery("select e from OpcUaEndpoint e order by e.name", OpcUaEndpoint.class)
                .getResultList();
    }

    @Override
    public Optional<OpcUaEndpoint> findEndpoint(String name) {
        return em.createQuery("select e from OpcUaEndpoint e where e.name = :name", OpcUaEndpoint.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public OpcUaEndpoint store(OpcUaEndpoint endpoint) {
        em.persist(endpoint);
        return endpoint;
    }

    @Override
    public List<Tag> findTags() {
        return em.createQuery(
                        "select t from Tag t join fetch t.asset join fetch t.endpoint order by t.asset.path, t.name",
                        Tag.class)
                .getResultList();
    }

    @Override
    public Optional<Tag> findTag(long id) {
        return em.createQuery(
                        "select t from Tag t join fetch t.asset join fetch t.endpoint where t.id = :id", Tag.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Tag> findTag(Asset asset, String name) {
        return em.createQuery("select t from Tag t where t.asset = :asset and t.name = :name", Tag.class)
                .setParameter("asset", asset)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Tag store(Tag tag) {
        em.persist(tag);
        return tag;
    }

    @Override
    public long countAssets() {
        return em.createQuery("select count(a) from Asset a", Long.class).getSingleResult();
    }

    @Override
    public List<EquipmentClass> findClasses() {
        return em.createQuery(
                        "select distinct c from EquipmentClass c left join fetch c.tagTemplates order by c.code",
                        EquipmentClass.class)
                .getResultList();
    }

    @Override
    public EquipmentClass store(EquipmentClass equipmentClass) {
        em.persist(equipmentClass);
        return equipmentClass;
    }

    @Override
    public Optional<Asset> findById(long id) {
        return Optional.ofNullable(em.find(Asset.class, id));
    }

    @Override
    public List<Asset> findDescendants(Asset asset) {
        return em.createQuery("select a from Asset a where a.path like :prefix escape '!' order by a.path", Asset.class)
                .setParameter(
                        "prefix",
                        asset.path().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "/%")
                .getResultList();
    }

    @Override
    public void remove(Asset asset) {
        em.remove(asset);
    }

    @Override
    public void remove(Tag tag) {
        em.remove(tag);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
