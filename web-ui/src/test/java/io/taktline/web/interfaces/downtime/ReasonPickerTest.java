package io.taktline.web.interfaces.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonPickerTest {

    @Test
    void foldsTheReasonsBelowAGroupUnderItAndKeepsLeavesAsButtons() {
        ReasonTree tree = ReasonTree.defaults()
                .add(new DowntimeReason("UNPLANNED", "Unplanned stop", ReasonCategory.UNPLANNED, null))
                .add(new DowntimeReason("ELECTRICAL", "Electrical", ReasonCategory.UNPLANNED, "UNPLANNED"))
                .add(new DowntimeReason("SERVO", "Servo drive fault", ReasonCategory.UNPLANNED, "ELECTRICAL"))
                .add(new DowntimeReason("ENCODER", "Encoder", ReasonCategory.UNPLANNED, "SERVO"))
                .add(new DowntimeReason("MATERIAL", "Material shortage", ReasonCategory.UNPLANNED, "UNPLANNED"));

        List<ReasonPicker.Section> sections = ReasonPicker.sections(tree);

        assertThat(sections)
                .extracting(ReasonPicker.Section::category)
                .isSortedAccordingTo(Enum::compareTo)
                .contains(ReasonCategory.PLANNED, ReasonCategory.UNPLANNED);
        ReasonPicker.Section unplanned = sections.stream()
                .filter(s -> s.category() == ReasonCategory.UNPLANNED)
                .findFirst()
                .orElseThrow();
        assertThat(unplanned.direct()).extracting(ReasonPicker.Choice::code).containsExactly("UNPLANNED", "MATERIAL");
        assertThat(unplanned.groups()).singleElement().satisfies(group -> {
            assertThat(group.head().code()).isEqualTo("ELECTRICAL");
            assertThat(group.members()).extracting(ReasonPicker.Choice::code).containsExactly("SERVO", "ENCODER");
        });
    }
}
