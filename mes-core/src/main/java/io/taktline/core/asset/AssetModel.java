package io.taktline.core.asset;

import io.taktline.core.asset.AssetModelDocument.AssetEntry;
import io.taktline.core.asset.AssetModelDocument.TagEntry;
import io.taktline.core.asset.ModelChange.Action;
import io.taktline.core.audit.AuditEntry;
import io.taktline.core.infrastructure.JdbcTransactions;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.core.state.StateMapping;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The application service over the stored asset model: what the UI, the REST API and the wiring
 * read and change. Every change runs in one transaction (all or nothing), is written to the audit
 * trail with who made it, and is announced to listeners (the connectors follow tag changes live).
 */
public final class AssetModel {

    /** The demo plant: the five shops of the Taktline plant simulator. */
    public static final String DEMO_PLANT = "demo-plant.json";

    private final JpaStore store;
    private final Function<EntityManager, AssetRepository> repositories;
    private final List<Consumer<List<ModelChange>>> listeners = new CopyOnWriteArrayList<>();

    /** The classes the model maps, for the {@link JpaStore} it is kept in (with the audit trail's). */
    public static final List<Class<?>> ENTITIES = List.of(
            Asset.class, OpcUaEndpoint.class, Tag.class, EquipmentClass.class, TagTemplate.class, AuditEntry.class);

    /** @param repositories the repository of one transaction's entity manager (JPA's, in infrastructure) */
    public AssetModel(JpaStore store, Function<EntityManager, AssetRepository> repositories) {
        this.store = store;
        this.repositories = repositories;
    }

    /** Called after every committed change with what changed; not on dry runs. */
    public void onChange(Consumer<List<ModelChange>> listener) {
        listeners.add(listener);
    }

    public List<AssetView> assets() {
        return read(AssetRepository::findAllViews);
    }

    /**
     * The state mapping of every asset whose equipment class gives one, by asset id: how the raw
     * values of its STATE tag read. Assets without one read with the default mapping.
     */
    public java.util.Map<Long, StateMapping> stateMappings() {
        return read(repo -> {
            java.util.Map<Long, StateMapping> mappings = new java.util.HashMap<>();
            for (Asset asset : repo.findAll()) {
                EquipmentClass equipmentClass = asset.equipmentClass();
                if (equipmentClass != null) {
                    StateMapping mapping = equipmentClass.stateMapping();
                    if (!mapping.codes().isEmpty()) {
                        mappings.put(asset.id(), mapping);
                    }
                }
            }
            return mappings;
        });
    }

    public List<AssetView> assets(AssetLevel level) {
        return read(repo -> repo.findByLevel(level).stream().map(AssetView::of).toList());
    }

    public Optional<AssetView> asset(long id) {
        return read(repo -> repo.findById(id).map(AssetView::of));
    }

    public List<TagView> tags() {
        return read(repo -> repo.findTags().stream().map(TagView::of).toList());
    }

    /** The free attributes of an asset (empty when there is no such asset). */
    public java.util.Map<String, String> attributes(long id) {
        return read(repo -> repo.findById(id).map(Asset::attributes).orElse(java.util.Map.of()));
    }

    public List<EndpointView> endpoints() {
        return read(repo -> repo.findEndpoints().stream().map(EndpointView::of).toList());
    }

    public Optional<TagView> tag(long id) {
        return read(repo -> repo.findTag(id).map(TagView::of));
    }

    public boolean isEmpty() {
        return read(repo -> repo.countAssets() == 0);
    }

    /** The whole model as a model document; importing it into an empty model gives the same model. */
    public String export() {
        return read(AssetModelExport::of);
    }

    /** Applies a model document, all or nothing; a dry run reports the changes and applies none. */
    public ImportResult importModel(Reader json, boolean dryRun, String actor) {
        AssetModelDocument document = AssetModelDocument.parse(json);
        if (dryRun) {
            return store.inRolledBackTransaction(em -> new AssetModelImport(repository(em)).apply(document, true));
        }
        return change(actor, "import", em -> {
            ImportResult result = new AssetModelImport(repository(em)).apply(document, false);
            return new Changed<>(result, result.changes());
        });
    }

    public ImportResult importModel(Reader json) {
        return importModel(json, false, "taktline");
    }

    public ImportResult importDemoPlant() {
        try (Reader json =
                new InputStreamReader(AssetModel.class.getResourceAsStream(DEMO_PLANT), StandardCharsets.UTF_8)) {
            return importModel(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo plant model " + DEMO_PLANT, e);
        }
    }

    /** Creates an asset (with its tags) below a parent, or changes the one with that code. */
    public AssetView putAsset(long parentId, String json, String actor) {
        AssetEntry entry = AssetModelDocument.parseAsset(new StringReader(json));
        return change(actor, "put asset", em -> {
            AssetRepository repository = repository(em);
            Asset parent = existing(repository, parentId);
            AssetModelImport apply = new AssetModelImport(repository);
            Asset asset = apply.applyBelow(entry, parent);
            return new Changed<>(AssetView.of(asset), apply.changes());
        });
    }

    /** Creates a tag of an asset, or changes the one with that name. */
    public TagView putTag(long assetId, String json, String actor) {
        TagEntry entry = AssetModelDocument.parseTag(new StringReader(json));
        return change(actor, "put tag", em -> {
            AssetRepository repository = repository(em);
            Asset asset = existing(repository, assetId);
            AssetModelImport apply = new AssetModelImport(repository);
            Tag tag = apply.applyTag(entry, asset);
            return new Changed<>(TagView.of(tag), apply.changes());
        });
    }

    public void deleteTag(long tagId, String actor) {
        change(actor, "delete tag", em -> {
            AssetRepository repository = repository(em);
            Tag tag =
                    repository.findTag(tagId).orElseThrow(() -> new AssetNotFoundException("no tag with id " + tagId));
            String before = ModelJson.tag(tag).build().toString();
            repository.remove(tag);
            repository.flush();
            return new Changed<>(
                    tagId,
                    List.of(new ModelChange(
                            Action.DELETE, "tag", tag.asset().path() + "#" + tag.name(), before, null)));
        });
    }

    /**
     * Deletes an asset with its tags. An asset with children is only deleted with {@code recursive},
     * and then with its whole subtree.
     */
    public void deleteAsset(long assetId, boolean recursive, String actor) {
        change(actor, "delete asset", em -> {
            AssetRepository repository = repository(em);
            Asset asset = existing(repository, assetId);
            List<Asset> subtree = repository.findDescendants(asset);
            if (!subtree.isEmpty() && !recursive) {
                throw new AssetModelException("asset '" + asset.path() + "' has " + subtree.size()
                        + " assets below it; delete them first, or ask for a recursive delete");
            }
            List<ModelChange> changes = new java.util.ArrayList<>();
            List<Tag> tags = repository.findTags();
            // Deepest first, so that no asset is removed before what sits below it.
            for (Asset gone : reversed(subtree, asset)) {
                tags.stream().filter(t -> t.asset() == gone).forEach(t -> {
                    changes.add(new ModelChange(
                            Action.DELETE,
                            "tag",
                            gone.path() + "#" + t.name(),
                            ModelJson.tag(t).build().toString(),
                            null));
                    repository.remove(t);
                });
                changes.add(new ModelChange(
                        Action.DELETE,
                        "asset",
                        gone.path(),
                        ModelJson.asset(gone).build().toString(),
                        null));
                repository.remove(gone);
                repository.flush();
            }
            return new Changed<>(assetId, changes);
        });
    }

    /** Moves an asset with its subtree below another parent; see {@link Asset#moveBelow}. */
    public AssetView moveAsset(long assetId, long newParentId, String actor) {
        return change(actor, "move asset", em -> {
            AssetRepository repository = repository(em);
            Asset asset = existing(repository, assetId);
            Asset parent = existing(repository, newParentId);
            if (asset.parent() != null && asset.parent().id().equals(parent.id())) {
                throw new AssetModelException("'" + asset.path() + "' is already below '" + parent.path()
                        + "'; nothing to move: give the id of another parent");
            }
            String from = asset.path();
            asset.moveBelow(parent, repository.findDescendants(asset));
            repository.flush();
            return new Changed<>(
                    AssetView.of(asset),
                    List.of(new ModelChange(
                            Action.MOVE,
                            "asset",
                            from,
                            "{\"path\":\"" + from + "\"}",
                            "{\"path\":\"" + asset.path() + "\"}")));
        });
    }

    /**
     * Copies a line (or any asset) with everything below it and its tags under the same parent, with
     * a new code; each copied tag's node identifier has {@code replace} swapped for {@code with}, so
     * that the copy binds the new line's nodes (e.g. {@code PL1/} to {@code PL2/}).
     */
    public AssetView cloneAsset(long assetId, String code, String name, String replace, String with, String actor) {
        return change(actor, "clone asset", em -> {
            AssetRepository repository = repository(em);
            Asset source = existing(repository, assetId);
            if (source.parent() == null) {
                throw new AssetModelException(
                        "'" + source.path() + "' is the top of the model; clone a line or a station");
            }
            String target = source.parent().path() + "/" + code;
            if (repository.findByPath(target).isPresent()) {
                // Importing a copy under an existing code would change that asset instead of making one.
                throw new AssetModelException("'" + target + "' exists already; give the copy a code of its own");
            }
            AssetModelImport apply = new AssetModelImport(repository);
            AssetEntry copy = new AssetCopy(repository, replace, with).of(source, code, name);
            Asset clone = apply.applyBelow(copy, source.parent());
            return new Changed<>(AssetView.of(clone), apply.changes());
        });
    }

    /** Points a stored endpoint at another address; false when no endpoint has that name. */
    public boolean moveEndpoint(String name, String url) {
        Optional<String> before =
                store.inTransaction(em -> repository(em).findEndpoint(name).map(endpoint -> {
                    String was = endpoint.url();
                    endpoint.moveTo(url);
                    return was;
                }));
        before.filter(was -> !was.equals(url)).ifPresent(was -> {
            List<ModelChange> moved = List.of(new ModelChange(Action.UPDATE, "endpoint", name, was, url));
            listeners.forEach(listener -> listener.accept(moved));
        });
        return before.isPresent();
    }

    /** The latest entries of the audit trail, newest first. */
    public List<AuditEntry> audit(int limit) {
        return store.inTransaction(
                em -> em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                        .setMaxResults(limit)
                        .getResultList());
    }

    private record Changed<T>(T result, List<ModelChange> changes) {}

    private interface Work<T> {
        Changed<T> run(EntityManager em);
    }

    private <T> T change(String actor, String what, Work<T> work) {
        Changed<T> changed = store.inTransaction(em -> {
            Changed<T> done = work.run(em);
            store.onConnection(em, c -> {
                try (JdbcTransactions.AuditBatch audit = new JdbcTransactions.AuditBatch(c)) {
                    for (ModelChange change : done.changes()) {
                        audit.add(
                                actor,
                                change.action().name(),
                                change.entity(),
                                change.key(),
                                change.before(),
                                change.after());
                    }
                }
                return null;
            });
            return done;
        });
        if (!changed.changes().isEmpty()) {
            listeners.forEach(listener -> listener.accept(changed.changes()));
        }
        return changed.result();
    }

    private <T> T read(java.util.function.Function<AssetRepository, T> query) {
        return store.inTransaction(em -> query.apply(repository(em)));
    }

    private AssetRepository repository(EntityManager em) {
        return repositories.apply(em);
    }

    private static Asset existing(AssetRepository repository, long id) {
        return repository.findById(id).orElseThrow(() -> new AssetNotFoundException("no asset with id " + id));
    }

    private static List<Asset> reversed(List<Asset> subtree, Asset top) {
        List<Asset> order = new java.util.ArrayList<>(subtree);
        order.sort((a, b) -> Integer.compare(b.path().length(), a.path().length()));
        order.add(top);
        return order;
    }
}
