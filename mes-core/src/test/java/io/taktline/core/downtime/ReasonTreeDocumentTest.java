package io.taktline.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReasonTreeDocumentTest {

    private static final String DOCUMENT = """
            {"schema": "taktline-reason-tree/1",
             "reasons": [
               {"code": "UNPLANNED", "name": "Unplanned stop", "category": "UNPLANNED"},
               {"code": "ELECTRICAL", "name": "Electrical", "parent": "UNPLANNED"},
               {"code": "SERVO", "name": "Servo drive fault", "parent": "ELECTRICAL"},
               {"code": "PLANNED", "name": "Planned stop", "category": "PLANNED"},
               {"code": "BREAK", "name": "Break", "parent": "PLANNED"}
             ],
             "faultCodes": [
               {"faultCode": 1010, "reason": "SERVO"},
               {"faultCode": 7, "equipmentClass": "KR210", "reason": "ELECTRICAL"}
             ],
             "automatic": {"PLANNED_STOP": "BREAK"}
            }
            """;

    private static ReasonTree read(String json) {
        return ReasonTreeDocument.read(new StringReader(json));
    }

    @Test
    void readsATreeWithItsFaultCodesAndRules() {
        ReasonTree tree = read(DOCUMENT);

        DowntimeReason servo = tree.forFault(1010).orElseThrow();
        assertThat(tree.pathOf(servo))
                .extracting(DowntimeReason::code)
                .containsExactly("UNPLANNED", "ELECTRICAL", "SERVO");
        assertThat(servo.category()).isEqualTo(ReasonCategory.UNPLANNED);
        assertThat(tree.forFault(7)).isEmpty();
        assertThat(tree.forFault(7, "KR210")).map(DowntimeReason::code).hasValue("ELECTRICAL");
        assertThat(tree.automatic(AutomaticReason.PLANNED_STOP).code()).isEqualTo("BREAK");
        // Rules the document leaves out give their own reasons, added as roots.
        assertThat(tree.automatic(AutomaticReason.MICRO_STOP).category()).isEqualTo(ReasonCategory.SMALL_STOP);
    }

    @Test
    void writesADocumentThatReadsBackToTheSameTree() {
        ReasonTree tree = read(DOCUMENT);

        ReasonTree again = read(ReasonTreeDocument.write(tree));

        assertThat(again.reasons()).isEqualTo(tree.reasons());
        assertThat(again.faultMappings()).isEqualTo(tree.faultMappings());
        assertThat(again.automaticReasons()).isEqualTo(tree.automaticReasons());
    }

    @Test
    void namesTheLineAndFieldOfAParentThatIsNotListedBefore() {
        String json = DOCUMENT.replace("\"parent\": \"ELECTRICAL\"", "\"parent\": \"ELECTRIC\"");

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(DowntimeException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.field()).isEqualTo("reasons[2].parent");
                })
                .hasMessage("line 5, reasons[2].parent: names 'ELECTRIC' that is not listed before it;"
                        + " list a parent before its children");
    }

    @Test
    void refusesUnknownCategoriesDuplicateCodesAndMappingsToMissingReasons() {
        assertThatThrownBy(() -> read(DOCUMENT.replace("\"category\": \"PLANNED\"", "\"category\": \"LUNCH\"")))
                .hasMessageStartingWith("line 6, reasons[3].category: 'LUNCH' is not a category");
        assertThatThrownBy(() -> read(DOCUMENT.replace("\"code\": \"BREAK\"", "\"code\": \"SERVO\"")))
                .hasMessageStartingWith("line 7, reasons[4]: reason 'SERVO' is in the tree twice");
        assertThatThrownBy(() -> read(DOCUMENT.replace("\"reason\": \"SERVO\"", "\"reason\": \"SERVOS\"")))
                .hasMessageStartingWith("line 10, faultCodes[0].reason: fault code 1010 maps to reason 'SERVOS'");
        assertThatThrownBy(() -> read(DOCUMENT.replace("{\"PLANNED_STOP\": \"BREAK\"}", "{\"CHANGEOVER\": \"BREAK\"}")))
                .hasMessageContaining(
                        "automatic.CHANGEOVER: the rule CHANGEOVER gives reason 'BREAK', which is PLANNED");
        assertThatThrownBy(() -> read(DOCUMENT.replace("\"faultCode\": 1010", "\"faultCode\": \"1010\"")))
                .hasMessageStartingWith("line 10, faultCodes[0].faultCode: expected a whole number, found a string");
        assertThatThrownBy(() -> read(DOCUMENT.replace("\"name\": \"Break\"", "\"name\": \"Break\", \"colour\": 1")))
                .hasMessageContaining("reasons[4].colour: unknown field");
        assertThatThrownBy(() -> read("{\"reasons\": [")).hasMessageStartingWith("line 1, column");
    }

    @Test
    void refusesADocumentThatLeavesOutAListItWouldEmpty() {
        // A replacement that left out "reasons" or "faultCodes" would remove them all.
        assertThatThrownBy(() -> read("{}"))
                .isInstanceOf(DowntimeException.class)
                .hasMessageContaining("reasons: missing; the document replaces the whole tree");
        assertThatThrownBy(() -> read("{\"reasons\": []}")).hasMessageContaining("faultCodes: missing");
    }

    @Test
    void refusesNestingDeeperThanAnyDocumentNeedsWithoutExhaustingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read("{\"reasons\": " + deep + "}"))
                .isInstanceOf(DowntimeException.class)
                .hasMessageContaining("nests deeper than 64 levels");
    }
}
