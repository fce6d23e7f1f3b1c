package io.taktline.web.plant;

import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.ImportResult;
import io.taktline.core.demo.DemoCalendar;
import io.taktline.core.demo.DemoReasons;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.sim.EquipmentKind;
import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a first start stores: with the demo model enabled and an empty asset model, the demo plant's
 * model, shift calendars and production plan; and a reason tree when none is stored (the demo
 * plant's, with a reason for every fault code the simulator serves, else the automatic rules' own).
 */
@ApplicationScoped
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    @Inject
    TaktlineSettings settings;

    @Inject
    AssetModel model;

    @Inject
    ShiftPlanning planning;

    @Inject
    Downtime downtime;

    void seed(@Observes @Priority(DatabaseReady.SEED) DatabaseReady ready) {
        try {
            if (settings.demoModel() && model.isEmpty()) {
                ImportResult result = model.importDemoPlant();
                LOG.info("Imported the demo plant's asset model: " + result.created() + " assets, endpoints and tags");
                DemoCalendar.install(model, planning);
                LOG.info(
                        "Gave the demo plant's lines the demo shift calendar (three shifts a day) and production plan");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not store the demo plant; import a model with PUT /api/v1/model", e);
        }
        try {
            if (downtime.seed(settings.demoModel() ? demoReasons() : ReasonTree.defaults(), "taktline")) {
                LOG.info("Seeded the reason tree: "
                        + downtime.reasons().reasons().size() + " reasons, "
                        + downtime.reasons().faultMappings().size() + " fault codes");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not store the reason tree; set one with PUT /api/v1/downtime/reasons", e);
        }
    }

    /** The demo tree, with the fault codes of every kind of the simulator's equipment. */
    static ReasonTree demoReasons() {
        List<DemoReasons.EquipmentFaults> kinds = Arrays.stream(EquipmentKind.values())
                .map(kind -> new DemoReasons.EquipmentFaults(kind.name(), kind.faultCodes()))
                .toList();
        return DemoReasons.tree(kinds);
    }
}
