package io.taktline.web.plant;

import io.taktline.core.access.Accounts;
import io.taktline.core.access.Passwords;
import io.taktline.core.access.infrastructure.JdbcAccounts;
import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonCalls;
import io.taktline.core.andon.infrastructure.JdbcAndonStore;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.infrastructure.JpaAssetRepository;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.infrastructure.JdbcDowntimeStore;
import io.taktline.core.downtime.infrastructure.JdbcReasonStore;
import io.taktline.core.infrastructure.JdbcTransactions;
import io.taktline.core.infrastructure.JpaStore;
import io.taktline.core.live.AssetEvent;
import io.taktline.core.live.LiveAssets;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.UnitKpis;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.shift.infrastructure.JdbcShiftPlanning;
import io.taktline.core.signal.SignalInterpreter;
import io.taktline.core.state.StateMapping;
import io.taktline.core.state.infrastructure.JdbcEventStore;
import io.taktline.core.takt.LineBalancing;
import io.taktline.core.takt.LineTakt;
import io.taktline.db.historian.SampleQueries;
import io.taktline.web.config.TaktlineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;

/**
 * mes-core's services and repositories as beans. Each is made once (pseudo-scope {@code @Singleton}:
 * mes-core's classes are final and need no proxy) on the plant's one DataSource, and no constructor
 * touches the database: a service asked while the database is down fails on use, not on injection,
 * and works as soon as the database is open.
 */
@ApplicationScoped
public class PlantServices {

    @Inject
    DataSource dataSource;

    @Inject
    Event<ModelChanged> modelChanges;

    @Inject
    Event<AssetEvent> assetEvents;

    @Inject
    Event<AndonCall> andonEvents;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    JpaStore jpaStore() {
        return new JpaStore(dataSource, AssetModel.ENTITIES);
    }

    void close(@Disposes JpaStore store) {
        store.close();
    }

    /** The asset model; every committed change is a {@link ModelChanged} event. */
    @Produces
    @Singleton
    AssetModel assetModel(JpaStore store) {
        AssetModel model = new AssetModel(store, JpaAssetRepository::new);
        model.onChange(changes -> modelChanges.fire(new ModelChanged(changes)));
        return model;
    }

    @Produces
    @Singleton
    AuditTrail auditTrail() {
        return new AuditTrail(new JdbcTransactions(dataSource));
    }

    /** Every change of an andon call is also a CDI event, observed asynchronously (the boards push it). */
    @Produces
    @Singleton
    AndonCalls andonCalls(Clock clock) {
        AndonCalls calls = new AndonCalls(new JdbcAndonStore(dataSource), clock);
        calls.onChange(andonEvents::fireAsync);
        return calls;
    }

    @Produces
    @Singleton
    Accounts accounts(Clock clock) {
        return new Accounts(new JdbcAccounts(dataSource), new Passwords(), clock);
    }

    @Produces
    @Singleton
    ShiftPlanning shiftPlanning(Clock clock) {
        return new JdbcShiftPlanning(dataSource, clock);
    }

    @Produces
    @Singleton
    JdbcEventStore eventStore() {
        return new JdbcEventStore(dataSource);
    }

    @Produces
    @Singleton
    AssetKpis assetKpis(JdbcEventStore events, Clock clock) {
        return new AssetKpis(events, clock);
    }

    @Produces
    @Singleton
    UnitKpis unitKpis(AssetKpis kpis, AssetModel model, PlantModel current, ShiftPlanning planning) {
        return new UnitKpis(kpis, model, current::snapshot, planning);
    }

    @Produces
    @Singleton
    LineTakt lineTakt(ShiftPlanning planning, JdbcEventStore events) {
        return new LineTakt(planning, events::parts);
    }

    @Produces
    @Singleton
    LineBalancing lineBalancing(JdbcEventStore events, LineTakt takt) {
        return new LineBalancing(events, takt);
    }

    @Produces
    @Singleton
    Downtime downtime(TaktlineSettings settings, Clock clock) {
        return new Downtime(
                new JdbcDowntimeStore(dataSource, clock), new JdbcReasonStore(dataSource), settings.downtime(), clock);
    }

    @Produces
    @Singleton
    SampleQueries sampleQueries() {
        return new SampleQueries(dataSource);
    }

    /** Every state change and counted part is also a CDI event, observed asynchronously. */
    @Produces
    @Singleton
    LiveAssets liveAssets() {
        LiveAssets live = new LiveAssets();
        live.onEvent(assetEvents::fireAsync);
        return live;
    }

    @Produces
    @Singleton
    LiveValues liveValues() {
        return new LiveValues();
    }

    /**
     * The interpreter of STATE, FAULT_CODE and counter signals. Assets whose class gives no state
     * mapping read the simulator's vendor codes (1 running … 7 changeover).
     */
    @Produces
    @Singleton
    SignalInterpreter signalInterpreter(
            JdbcEventStore events,
            Downtime downtime,
            LiveAssets live,
            PlantConnectors connectors,
            Clock clock,
            ThreadFactory threads) {
        return new SignalInterpreter(
                events,
                downtime,
                StateMapping.TAKTLINE_SIMULATOR,
                live,
                connectors::connectedEndpoints,
                clock,
                threads);
    }
}
