package io.taktline.core.asset;

import io.taktline.core.asset.infrastructure.JpaAssetRepository;
import io.taktline.core.infrastructure.JpaStore;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The application service over the stored asset model, used by the UI, the REST API and the wiring. */
public final class AssetModel {

    /** The demo plant: the five shops of the Taktline plant simulator. */
    public static final String DEMO_PLANT = "demo-plant.json";

    private final JpaStore store;

    public AssetModel(JpaStore store) {
        this.store = store;
    }

    public List<AssetView> assets() {
        return store.inTransaction(em ->
                new JpaAssetRepository(em).findAll().stream().map(AssetView::of).toList());
    }

    public List<AssetView> assets(AssetLevel level) {
        return store.inTransaction(em -> new JpaAssetRepository(em)
                .findByLevel(level).stream().map(AssetView::of).toList());
    }

    public List<TagView> tags() {
        return store.inTransaction(em ->
                new JpaAssetRepository(em).findTags().stream().map(TagView::of).toList());
    }

    public Optional<TagView> tag(long id) {
        return store.inTransaction(em -> new JpaAssetRepository(em).findTag(id).map(TagView::of));
    }

    public boolean isEmpty() {
        return store.inTransaction(em -> new JpaAssetRepository(em).countAssets() == 0);
    }

    /** Applies a model document, all or nothing; see {@link AssetModelImport}. */
    public ImportResult importModel(Reader json) {
        AssetModelDocument document = AssetModelDocument.parse(json);
        return store.inTransaction(em -> new AssetModelImport(new JpaAssetRepository(em)).apply(document));
    }

    public ImportResult importDemoPlant() {
        try (Reader json =
                new InputStreamReader(AssetModel.class.getResourceAsStream(DEMO_PLANT), StandardCharsets.UTF_8)) {
            return importModel(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo plant model " + DEMO_PLANT, e);
        }
    }

    /**
     * Points a stored endpoint at another address, e.g. the in-process simulator on its actual port.
     * Returns false when no endpoint has that name.
     */
    public boolean moveEndpoint(String name, String url) {
        return store.inTransaction(em -> new JpaAssetRepository(em)
                .findEndpoint(name)
                .map(endpoint -> {
                    endpoint.moveTo(url);
                    return true;
                })
                .orElse(false));
    }
}
