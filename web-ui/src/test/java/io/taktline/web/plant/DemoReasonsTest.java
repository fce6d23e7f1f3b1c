package io.taktline.web.plant;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.demo.DemoReasons;
import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.downtime.ReasonTreeDocument;
import io.taktline.sim.EquipmentKind;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DemoReasonsTest {

    private final ReasonTree tree = DemoSeed.demoReasons();

    @Test
    void mapsEveryFaultCodeTheSimulatorServesToANamedUnplannedReason() {
        for (EquipmentKind kind : EquipmentKind.values()) {
            assertThat(kind.faultCodes()).isNotEmpty();
            for (int code : kind.faultCodes()) {
                assertThat(DemoReasons.names(code))
                        .as("the demo tree names fault code %d of %s", code, kind)
                        .isTrue();
                DowntimeReason reason = tree.forFault(code).orElseThrow();
                assertThat(reason.category()).isEqualTo(ReasonCategory.UNPLANNED);
                assertThat(tree.pathOf(reason))
                        .hasSize(3)
                        .first()
                        .extracting(DowntimeReason::code)
                        .isEqualTo("UNPLANNED");
            }
        }
        assertThat(tree.forFault(1240).orElseThrow().name()).isEqualTo("Weld robot: emergency stop");
        assertThat(tree.forFault(5301).orElseThrow().parentCode()).isEqualTo("CONTROLS");
    }

    @Test
    void hasARootForEveryCategoryAndTheRulesReasonsBelowThem() {
        assertThat(tree.reasons().stream().filter(r -> r.parentCode() == null))
                .extracting(DowntimeReason::category)
                .containsExactlyInAnyOrder(ReasonCategory.values());
        assertThat(tree.automatic(AutomaticReason.PLANNED_STOP).code()).isEqualTo("BREAK");
        assertThat(tree.automatic(AutomaticReason.CHANGEOVER).code()).isEqualTo("DIE_CHANGE");
        assertThat(tree.pathOf(tree.automatic(AutomaticReason.MICRO_STOP)))
                .extracting(DowntimeReason::code)
                .containsExactly("SMALL_STOPS", "MICRO_STOP");
        assertThat(tree.find("MATERIAL_SHORTAGE")).isPresent();
    }

    @Test
    void isADocumentThatReadsBack() {
        ReasonTree again = ReasonTreeDocument.read(new StringReader(ReasonTreeDocument.write(tree)));

        assertThat(again.reasons()).isEqualTo(tree.reasons());
        assertThat(again.faultMappings()).isEqualTo(tree.faultMappings());
    }
}
