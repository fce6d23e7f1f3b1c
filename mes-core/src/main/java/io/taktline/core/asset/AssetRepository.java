package io.taktline.core.asset;

import java.util.List;
import java.util.Optional;

/** The stored asset model: assets, the endpoints their tags are read from, and the tags. */
public interface AssetRepository {

    /** Every asset, in one statement, ordered by path so that parents come before children. */
    List<Asset> findAll();

    /** Every asset as a read-only view, in one statement, without loading the entities. */
    List<AssetView> findAllViews();

    List<Asset> findByLevel(AssetLevel level);

    Optional<Asset> findByPath(String path);

    Asset store(Asset asset);

    List<OpcUaEndpoint> findEndpoints();

    Optional<OpcUaEndpoint> findEndpoint(String name);

    OpcUaEndpoint store(OpcUaEndpoint endpoint);

    /** Every tag with its asset and endpoint, in one statement. */
    List<Tag> findTags();

    Optional<Tag> findTag(long id);

    Optional<Tag> findTag(Asset asset, String name);

    Tag store(Tag tag);

    long countAssets();

    List<EquipmentClass> findClasses();

    EquipmentClass store(EquipmentClass equipmentClass);

    Optional<Asset> findById(long id);

    /** Everything below an asset, in one statement. */
    List<Asset> findDescendants(Asset asset);

    void remove(Asset asset);

    void remove(Tag tag);

    /** Sends pending changes to the database, so that its constraints speak inside the transaction. */
    void flush();
}
