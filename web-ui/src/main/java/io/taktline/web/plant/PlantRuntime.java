package io.taktline.web.plant;

import io.taktline.connect.CertificateStore;
import io.taktline.connect.ConnectorStatus;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.Sample;
import io.taktline.connect.WriteAudit;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.EndpointView;
import io.taktline.core.asset.ImportResult;
import io.taktline.core.asset.TagView;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.shift.DemoCalendar;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.shift.infrastructure.JdbcShiftPlanning;
import io.taktline.core.state.StateMapping;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.core.takt.LineTakt;
import io.taktline.db.Database;
import io.taktline.db.DatabaseUnavailableException;
import io.taktline.db.historian.HistorianWriter;
import io.taktline.db.historian.SampleQueries;
import io.taktline.sim.PlantSimulator;
import io.taktline.web.config.TaktlineSettings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole plant wired together, in plain Java so that integration tests run it without a server:
 * the simulator (when enabled), the database, the asset model, one connector per OPC UA endpoint,
 * and the sample path from connectors to the historian writer and the live values.
 *
 * <p>A database that cannot be reached does not stop the rest: the problem is logged once, shown
 * by {@code /health}, and the connection is retried until it succeeds.
 */
public final class PlantRuntime implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PlantRuntime.class.getName());
    static final long DATABASE_RETRY_SECONDS = 15;
    /** The name of the endpoint that the demo plant's tags are read from. */
    static final String SIMULATOR_ENDPOINT = "simulator";
    /** How often the lines' stored shifts are extended to the horizon ahead. */
    static final long SHIFT_HORIZON_MINUTES = 60;

    private final TaktlineSettings settings;
    private final LiveValues live = new LiveValues();
    private final LiveAssets liveAssets = new LiveAssets();
    private final Function<String, Optional<String>> config;
    private final ScheduledExecutorService startup = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "taktline-startup");
        thread.setDaemon(true);
        return thread;
    });

    private volatile PlantSimulator simulator;
    private volatile String simulatorProblem;
    private volatile Database database;
    private volatile String databaseProblem = "the database is being opened";
    private volatile JpaStore store;
    private volatile AssetModel model;
    private volatile HistorianWriter writer;
    private volatile SampleQueries queries;
    private volatile CertificateStore certificates;
    private volatile ConnectorFleet connectors;
    private volatile SignalInterpreter signals;
    private volatile AssetKpis kpis;
    private volatile UnitKpis unitKpis;
    private volatile JdbcEventStore events;
    private volatile Downtime downtime;
    private volatile ShiftPlanning shiftPlanning;
    private volatile LineTakt lineTakt;
    private volatile ModelSnapshot snapshot = new ModelSnapshot(List.of(), List.of(), List.of());
    private volatile boolean closed;

    /** A plant whose secrets (endpoint passwords) come from system properties and environment variables. */
    public PlantRuntime(TaktlineSettings settings) {
        this(settings, key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(key))));
    }

    /** @param config where settings named by the model (endpoint password keys) are looked up */
    public PlantRuntime(TaktlineSettings settings, Function<String, Optional<String>> config) {
        this.settings = settings;
        this.config = config;
    }

    /** Starts what can start now; what needs an unreachable database follows when it is reachable. */
    public void start() {
        if (settings.simulatorEnabled()) {
            startSimulator();
        }
        openDatabase();
    }

    private void startSimulator() {
        try {
            simulator = PlantSimulator.start(settings.simulator());
            LOG.info("Plant simulator serving the five-shop demo plant at " + simulator.endpointUrl());
        } catch (Exception e) {
            simulatorProblem = "the plant simulator cannot serve on "
                    + settings.simulator().host() + ":"
                    + settings.simulator().port() + " (" + e.getMessage()
                    + "); free the port or set TAKTLINE_SIMULATOR_PORT to another one";
            LOG.severe(simulatorProblem);
        }
    }

    private void openDatabase() {
        if (closed) {
            return;
        }
        try {
            Database opened = Database.open(settings.database(), settings.storage());
            database = opened;
            databaseProblem = null;
            LOG.info("Database ready: " + opened.description());
            startOnDatabase(opened);
        } catch (DatabaseUnavailableException | RuntimeException e) {
            String problem = e.getMessage() + "; retrying every " + DATABASE_RETRY_SECONDS + " s";
            if (!problem.equals(databaseProblem)) {
                LOG.log(Level.SEVERE, problem, e instanceof DatabaseUnavailableException ? null : e);
            }
            databaseProblem = problem;
            if (!closed) {
                startup.schedule(this::openDatabase, DATABASE_RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void startOnDatabase(Database opened) {
        store = new JpaStore(opened.dataSource());
        model = new AssetModel(store);
        ShiftPlanning planning = new JdbcShiftPlanning(opened.dataSource());
        if (settings.demoModel() && model.isEmpty()) {
            ImportResult result = model.importDemoPlant();
            LOG.info("Imported the demo plant's asset model: " + result.created() + " assets, endpoints and tags");
            installDemoCalendars(planning);
        }
        shiftPlanning = planning;
        PlantSimulator running = simulator;
        if (running != null) {
            // The demo model names the simulator's default address; follow it to the port it really has.
            model.moveEndpoint(SIMULATOR_ENDPOINT, running.endpointUrl());
        }
        queries = new SampleQueries(opened.dataSource());
        writer = new HistorianWriter(
                opened.dataSource(), settings.historian(), settings.dataDir().resolve("spool"));
        writer.start();
        events = new JdbcEventStore(opened.dataSource());
        kpis = new AssetKpis(events);
        unitKpis = new UnitKpis(kpis, model, () -> snapshot, () -> shiftPlanning);
        lineTakt = new LineTakt(planning, events::parts);
        // The demo's vendor state codes; per-class mappings come with the equipment classes of a plant's model.
        downtime = openDowntime(opened);
        // Assets whose class gives no state mapping read the simulator's vendor codes (1 running … 7 changeover).
        signals = new SignalInterpreter(
                events, downtime, StateMapping.TAKTLINE_SIMULATOR, liveAssets, this::connectorStatus);
        connectors = new ConnectorFleet(this::accept, openCertificates(), writeAudit(new AuditTrail(store)), config);
        refreshModel();
        // Model edits apply live: the board and the connectors follow every committed change.
        model.onChange(changes -> refreshModel());
        // Keeps every line's shifts stored two weeks ahead; the first run catches up after a restart.
        startup.scheduleAtFixedRate(this::extendShiftHorizons, 0, SHIFT_HORIZON_MINUTES, TimeUnit.MINUTES);
    }

    private void installDemoCalendars(ShiftPlanning planning) {
        try {
            DemoCalendar.install(model, planning);
            LOG.info("Gave the demo plant's lines the demo shift calendar (three shifts a day) and production plan");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "could not give the demo plant's lines their shift calendar; set one with"
                            + " PUT /api/v1/lines/{id}/calendar",
                    e);
        }
    }

    private void extendShiftHorizons() {
        try {
            int added = shiftPlanning.extendHorizons();
            if (added > 0) {
                LOG.info("Stored " + added + " more shifts from the lines' calendars");
            }
        } catch (RuntimeException e) {
            // Logged, not thrown: a periodic task that throws is never run again.
            LOG.log(
                    Level.WARNING,
                    "could not extend the lines' stored shifts; retrying in " + SHIFT_HORIZON_MINUTES + " min",
                    e);
        }
    }

    /**
     * The stops and their reasons; on a first start the reason tree is seeded: the demo plant's with the
     * demo model, else only the automatic rules' own reasons. Without it, states are still derived.
     */
    private Downtime openDowntime(Database opened) {
        try {
            Downtime stops = new Downtime(opened.dataSource(), settings.downtime());
            if (stops.seed(settings.demoModel() ? DemoReasons.tree() : ReasonTree.defaults(), "taktline")) {
                LOG.info("Seeded the reason tree: " + stops.reasons().reasons().size() + " reasons, "
                        + stops.reasons().faultMappings().size() + " fault codes");
            }
            return stops;
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "cannot open the downtime tables (" + e.getMessage()
                            + "); stops are not recorded until Taktline is restarted with a working database",
                    e);
            return null;
        }
    }

    /** The client certificate and trust list; without them only unsecured endpoints can be used. */
    private CertificateStore openCertificates() {
        Path folder = settings.dataDir().resolve("certificates");
        try {
            certificates = CertificateStore.open(folder);
            return certificates;
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "cannot open the OPC UA certificate store in " + folder + " (" + e.getMessage()
                            + "); secured endpoints will fail until the folder is writable",
                    e);
            return null;
        }
    }

    /** Every write to a PLC node lands in the audit trail; written off Milo's threads. */
    private WriteAudit writeAudit(AuditTrail trail) {
        return record -> {
            WriteAudit.LOG.written(record);
            startup.execute(() -> {
                try {
                    trail.append(
                            record.who(),
                            record.success() ? "WRITE" : "WRITE_FAILED",
                            "node",
                            record.endpointName() + " " + record.node(),
                            null,
                            WriteJson.of(record));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not audit a write to " + record.node(), e);
                }
            });
        };
    }

    /** Reloads the asset model that the board reads and the connectors are bound to. */
    public synchronized void refreshModel() {
        AssetModel current = model;
        if (current != null && !closed) {
            snapshot = new ModelSnapshot(current.assets(), current.tags(), current.endpoints());
            signals.follow(snapshot.tags(), snapshot.assets(), current.stateMappings());
            connectors.follow(snapshot.tags(), snapshot.endpoints());
        }
    }

    /** The sample path: on Milo's delivery thread, so nothing here may block. */
    private void accept(Sample sample) {
        live.record(sample);
        SignalInterpreter interpreter = signals;
        if (interpreter != null) {
            interpreter.offer(sample);
        }
        HistorianWriter current = writer;
        if (current != null) {
            current.append(
                    sample.tagId(),
                    sample.sourceTimeMicros(),
                    sample.value(),
                    sample.quality().code());
        }
    }

    public LiveValues live() {
        return live;
    }

    /** The live state and counts of every asset, and the changes as they happen. */
    public LiveAssets liveAssets() {
        return liveAssets;
    }

    public ModelSnapshot model() {
        return snapshot;
    }

    public Optional<AssetModel> assetModel() {
        return Optional.ofNullable(model);
    }

    public Optional<SampleQueries> sampleQueries() {
        return Optional.ofNullable(queries);
    }

    public Optional<Database> database() {
        return Optional.ofNullable(database);
    }

    /** Why the database is not available, or empty when it is. */
    public Optional<String> databaseProblem() {
        return Optional.ofNullable(databaseProblem);
    }

    public Optional<String> simulatorProblem() {
        return Optional.ofNullable(simulatorProblem);
    }

    public Optional<PlantSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    public Optional<HistorianWriter> historian() {
        return Optional.ofNullable(writer);
    }

    public List<ConnectorStatus> connectorStatus() {
        ConnectorFleet fleet = connectors;
        return fleet == null ? List.of() : fleet.status();
    }

    /** Endpoints with tags that have no connector, and why (e.g. a password setting that is not set). */
    public Map<String, String> connectorProblems() {
        ConnectorFleet fleet = connectors;
        return fleet == null ? Map.of() : fleet.problems();
    }

    /** What the connectors report for tags they cannot read, by tag id. */
    public Map<Long, String> tagFailures() {
        ConnectorFleet fleet = connectors;
        return fleet == null ? Map.of() : fleet.tagFailures();
    }

    /** The running connector of an endpoint, for browsing, reading and writing. */
    public Optional<OpcUaConnector> connector(String endpointName) {
        ConnectorFleet fleet = connectors;
        return fleet == null ? Optional.empty() : fleet.connector(endpointName);
    }

    /** The stops of the assets, their reasons and the reason tree; empty until the database is open. */
    public Optional<Downtime> downtime() {
        return Optional.ofNullable(downtime);
    }

    /** The stored states and counted parts of the assets. */
    public Optional<JdbcEventStore> events() {
        return Optional.ofNullable(events);
    }

    /** The KPIs of any asset: its own, or summed over the stations beneath it. */
    public Optional<UnitKpis> unitKpis() {
        return Optional.ofNullable(unitKpis);
    }

    /** The lines' shift calendars, shifts, overtime and production plans; empty until the database is open. */
    public Optional<ShiftPlanning> shiftPlanning() {
        return Optional.ofNullable(shiftPlanning);
    }

    /** Where each line stands against its plan; empty until the database is open. */
    public Optional<LineTakt> lineTakt() {
        return Optional.ofNullable(lineTakt);
    }

    /** KPIs from the stored states and counts; empty until the database is open. */
    public Optional<AssetKpis> kpis() {
        return Optional.ofNullable(kpis);
    }

    public Optional<CertificateStore> certificates() {
        return Optional.ofNullable(certificates);
    }

    @Override
    public void close() {
        closed = true;
        startup.shutdownNow();
        closeQuietly(connectors);
        closeQuietly(signals);
        closeQuietly(certificates);
        closeQuietly(writer);
        closeQuietly(store);
        closeQuietly(database);
        closeQuietly(simulator);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "while stopping " + closeable.getClass().getSimpleName(), e);
        }
    }

    /** The asset model as last loaded: what the board draws and the connectors are bound to. */
    public record ModelSnapshot(List<AssetView> assets, List<TagView> tags, List<EndpointView> endpoints) {

        public ModelSnapshot {
            assets = List.copyOf(assets);
            tags = List.copyOf(tags);
            endpoints = List.copyOf(endpoints);
        }

        public List<AssetView> childrenOf(AssetView parent) {
            return assets.stream()
                    .filter(a -> Objects.equals(a.parentId(), parent.id()))
                    .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                    .toList();
        }

        public List<TagView> tagsOf(AssetView asset) {
            return tags.stream().filter(t -> t.assetId() == asset.id()).toList();
        }
    }
}
