package io.taktline.web.interfaces.downtime;

import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The reason tree as the picker shows it on a tablet: a section per category with its root and
 * the reasons right below it as buttons, and each reason below the root that has reasons beneath
 * it folded into a group that a tap opens.
 */
public final class ReasonPicker {

    private ReasonPicker() {}

    /** A reason of the picker. */
    public record Choice(String code, String name, ReasonCategory category) {}

    /** A reason with reasons beneath it: the picker folds them under it (a tap opens the group). */
    public record Group(Choice head, List<Choice> members) {}

    /**
     * A category of the tree: its root and the reasons right below it that have none beneath them,
     * then the groups (a reason below the root with the reasons beneath it, however deep).
     */
    public record Section(ReasonCategory category, List<Choice> direct, List<Group> groups) {}

    /** The tree's reasons by category, in the categories' order; categories without reasons left out. */
    public static List<Section> sections(ReasonTree tree) {
        List<Section> sections = new ArrayList<>();
        for (ReasonCategory category : ReasonCategory.values()) {
            List<Choice> direct = new ArrayList<>();
            List<Group> groups = new ArrayList<>();
            for (DowntimeReason root : tree.reasons()) {
                if (root.parentCode() != null || root.category() != category) {
                    continue;
                }
                direct.add(choice(root));
                for (DowntimeReason child : childrenOf(tree, root)) {
                    List<Choice> below = new ArrayList<>();
                    descendants(tree, child, below);
                    if (below.isEmpty()) {
                        direct.add(choice(child));
                    } else {
                        groups.add(new Group(choice(child), List.copyOf(below)));
                    }
                }
            }
            if (!direct.isEmpty() || !groups.isEmpty()) {
                sections.add(new Section(category, List.copyOf(direct), List.copyOf(groups)));
            }
        }
        return sections;
    }

    static Choice choice(DowntimeReason reason) {
        return new Choice(reason.code(), reason.name(), reason.category());
    }

    private static List<DowntimeReason> childrenOf(ReasonTree tree, DowntimeReason parent) {
        return tree.reasons().stream()
                .filter(r -> parent.code().equals(r.parentCode()))
                .toList();
    }

    private static void descendants(ReasonTree tree, DowntimeReason parent, List<Choice> into) {
        for (DowntimeReason child : childrenOf(tree, parent)) {
            into.add(choice(child));
            descendants(tree, child, into);
        }
    }
}
