package io.chaosday.plan;

import java.util.List;

/**
 * What a ticket or epic says: a summary, a short paragraph and a checklist of what the step
 * involves. {@code {team}} in the summary or text stands for the team's name on per-team tickets,
 * {@code {name}} for the Chaos Day's name.
 */
public record TicketText(String summary, String description, List<String> checklist) {

    public TicketText {
        checklist = List.copyOf(checklist);
    }

    public TicketText fill(String chaosDayName, String team) {
        return new TicketText(
                TitleText.clean(fill(summary, chaosDayName, team)), // a summary is one line, whatever the names hold
                fill(description, chaosDayName, team),
                checklist.stream().map(item -> fill(item, chaosDayName, team)).toList());
    }

    private static String fill(String text, String chaosDayName, String team) {
        String withName = text.replace("{name}", chaosDayName);
        return team == null ? withName.replace(" for {team}", "").replace("{team}", "all teams")
                : withName.replace("{team}", team);
    }
}
