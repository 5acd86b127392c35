package io.chaosday.jira.page;

/** Answers of the REST resource as the page's script receives them; checked against the OpenAPI document too. */
public final class PageAnswers {

    public static final String RESCHEDULE = "{\"dryRun\":true,\"unchanged\":1,\"doneLeftAlone\":2,\"moves\":["
            + "{\"key\":\"CHAOS-10\",\"url\":\"https://jira.example.com/browse/CHAOS-10\",\"summary\":\"Name the Agents of Chaos\","
            + "\"from\":\"2027-02-23\",\"to\":\"2027-03-02\",\"overdue\":false},"
            + "{\"key\":\"CHAOS-11\",\"url\":\"https://jira.example.com/browse/CHAOS-11\",\"summary\":\"Shortlist <the> experiments\","
            + "\"from\":\"2027-02-24\",\"to\":\"2027-03-03\",\"overdue\":false},"
            + "{\"key\":\"CHAOS-12\",\"url\":\"https://jira.example.com/browse/CHAOS-12\",\"summary\":\"Confirm with stakeholders and announce\","
            + "\"from\":\"2027-03-03\",\"to\":\"2027-03-10\",\"overdue\":false},"
            + "{\"key\":\"CHAOS-14\",\"url\":\"https://jira.example.com/browse/CHAOS-14\",\"summary\":\"Run the Chaos Day\","
            + "\"from\":\"2027-03-10\",\"to\":\"2027-03-17\",\"overdue\":false}],"
            + "\"created\":[],\"wouldCreate\":[{\"summary\":\"Kick-off: Search\",\"due\":\"2027-02-24\"},"
            + "{\"summary\":\"Post-incident review: Search\",\"due\":\"2027-03-19\"}],"
            + "\"notInPlan\":[{\"key\":\"CHAOS-9\",\"url\":\"https://jira.example.com/browse/CHAOS-9\",\"summary\":\"Kick-off: Checkout\","
            + "\"due\":\"2027-02-22\"}]}";

    /** Six teams saved over the one-team Chaos Day a new project starts with. */
    public static final String TEAMS_ADDED = "{\"dryRun\":false,\"unchanged\":0,\"doneLeftAlone\":0,\"moves\":["
            + "{\"key\":\"CHAOS-5\",\"url\":\"https://jira.example.com/browse/CHAOS-5\",\"summary\":\"Run the Chaos Day\","
            + "\"from\":\"2027-03-10\",\"to\":\"2027-03-17\",\"overdue\":false}],\"wouldCreate\":[],\"created\":["
            + "{\"key\":\"CHAOS-15\",\"url\":\"https://jira.example.com/browse/CHAOS-15\",\"summary\":\"Kick-off: Payments\",\"due\":\"2027-02-22\"},"
            + "{\"key\":\"CHAOS-16\",\"url\":\"https://jira.example.com/browse/CHAOS-16\",\"summary\":\"Kick-off: Search <beta>\",\"due\":\"2027-02-22\"},"
            + "{\"key\":\"CHAOS-17\",\"url\":\"https://jira.example.com/browse/CHAOS-17\",\"summary\":\"Post-incident review: Payments\",\"due\":\"2027-03-19\"},"
            + "{\"key\":\"CHAOS-18\",\"url\":\"https://jira.example.com/browse/CHAOS-18\",\"summary\":\"Post-incident review: Search <beta>\",\"due\":\"2027-03-19\"},"
            + "{\"key\":\"CHAOS-19\",\"url\":\"https://jira.example.com/browse/CHAOS-19\",\"summary\":\"Team-of-teams review\",\"due\":\"2027-03-24\"}],"
            + "\"notInPlan\":[{\"key\":\"CHAOS-7\",\"url\":\"https://jira.example.com/browse/CHAOS-7\",\"summary\":\"Kick-off\","
            + "\"due\":\"2027-02-22\"}]}";

    public static final String PUBLISH = "{\"pages\":["
            + "{\"title\":\"Lessons: Payments Chaos Day (2027-03-10)\",\"action\":\"CREATED\",\"url\":\"https://wiki.example.com/pages/viewpage.action?pageId=98760\"},"
            + "{\"title\":\"Post-incident review: Payments\",\"action\":\"UPDATED\",\"url\":\"https://wiki.example.com/pages/viewpage.action?pageId=98765\"},"
            + "{\"title\":\"Post-incident review: Search\",\"action\":\"UNCHANGED\",\"url\":\"https://wiki.example.com/pages/viewpage.action?pageId=98766\"},"
            + "{\"title\":\"Post-incident review: Checkout\",\"action\":\"SKIPPED_EDITED\",\"editedBy\":\"Priya Natarajan\","
            + "\"url\":\"https://wiki.example.com/pages/viewpage.action?pageId=98767\"}],"
            + "\"improvementsCreated\":[{\"key\":\"CHAOS-23\",\"url\":\"https://jira.example.com/browse/CHAOS-23\","
            + "\"summary\":\"Lower the DNS TTL to 30 s\"}]}";

    private PageAnswers() {
    }

    /** The go / no-go checklist a week before the day: one team has no experiment yet. */
    public static final String READY = "{\"name\":\"Payments Chaos Day\",\"go\":false,\"checks\":["
            + "{\"check\":\"every-team-has-an-experiment\",\"title\":\"Every team has an experiment\",\"passed\":false,"
            + "\"problems\":[\"The team Search <beta> has no experiment.\"],\"toDo\":\"Add an experiment for each team named.\"},"
            + "{\"check\":\"cards-complete\",\"title\":\"Every experiment card is complete and its owner known to Jira\",\"passed\":true,"
            + "\"problems\":[]},"
            + "{\"check\":\"plan-done\",\"title\":\"The Plan phase's tickets are done\",\"passed\":true,\"problems\":[]},"
            + "{\"check\":\"agents-named\",\"title\":\"The Agents of Chaos are named\",\"passed\":true,\"problems\":[]},"
            + "{\"check\":\"nothing-overdue\",\"title\":\"Nothing the day depends on is overdue\",\"passed\":true,\"problems\":[]}]}";

    /** Every check passed. */
    public static final String READY_GO = "{\"name\":\"Payments Chaos Day\",\"go\":true,\"checks\":["
            + "{\"check\":\"every-team-has-an-experiment\",\"title\":\"Every team has an experiment\",\"passed\":true,\"problems\":[]}]}";

    private static String experiment(String key, String title, String owner, String state, boolean mayWrite, String more,
            String entries) {
        return "{\"key\":\"" + key + "\",\"url\":\"https://jira.example.com/browse/" + key + "\",\"title\":\"" + title
                + "\",\"owner\":\"" + owner + "\",\"team\":\"Payments\",\"environment\":\"staging\",\"isolation\":\"isolated\","
                + "\"state\":\"" + state + "\",\"mayWrite\":" + mayWrite + more + ",\"entries\":[" + entries + "]}";
    }

    private static String entry(String kind, String time, String text, String author) {
        return "{\"kind\":\"" + kind + "\",\"at\":\"2027-03-10T" + time + ":00Z\",\"time\":\"" + time + "\",\"text\":\"" + text
                + "\",\"author\":\"" + author + "\"}";
    }

    private static final String PAYMENTS_RUNNING = experiment("CHAOS-19", "Payments API loses its database and fails over within 30 s",
            "alice", "running", true, ",\"since\":\"10:02\",\"minutes\":23,\"putBack\":\"Turn the <payments> paging rule back on\"",
            entry("start", "10:02", "", "Alice Moreau") + "," + entry("detected", "10:04", "Latency alert fired in #payments-ops",
                    "Alice Moreau"));

    private static final String CHECKOUT_NOT_STARTED = experiment("CHAOS-21",
            "Checkout <beta> loses the fraud service & degrades to manual review", "chen", "not-started", false, "", "");

    /** The day mid-morning: one experiment running with two entries, one not started (another's), one stopped. */
    public static final String DAY = "{\"name\":\"Payments Chaos Day\",\"zone\":\"Europe/London\",\"experiments\":["
            + PAYMENTS_RUNNING + ","
            + experiment("CHAOS-20", "Search cache eviction storm slows queries but nothing fails", "alice", "not-started", true, "", "")
            + "," + CHECKOUT_NOT_STARTED + ","
            + experiment("CHAOS-22", "Ledger loses a replica <img src=x onerror=alert(1)>", "alice", "stopped", true,
                    ",\"since\":\"09:10\",\"minutes\":35", entry("start", "09:10", "", "Alice Moreau") + ","
                    + entry("recovered", "09:30", "Replica rebuilt", "Dana Whitfield") + "," + entry("stop", "09:45", "", "Alice Moreau"))
            + "]}";

    /** What starting CHAOS-20 answers: written, and the day with it running. */
    public static final String STARTED = "{\"written\":{\"key\":\"CHAOS-20\",\"kind\":\"start\",\"time\":\"10:25\","
            + "\"alreadyThere\":false,\"overridden\":[]},\"day\":{\"name\":\"Payments Chaos Day\",\"zone\":\"Europe/London\","
            + "\"experiments\":[" + PAYMENTS_RUNNING + ","
            + experiment("CHAOS-20", "Search cache eviction storm slows queries but nothing fails", "alice", "running", true,
                    ",\"since\":\"10:25\",\"minutes\":0,\"putBack\":\"Restart the cache\"", entry("start", "10:25", "", "Alice Moreau"))
            + "," + CHECKOUT_NOT_STARTED + "]}}";

    /** What logging "detected" on CHAOS-19 answers. */
    public static final String LOGGED = "{\"written\":{\"key\":\"CHAOS-19\",\"kind\":\"recovered\",\"time\":\"10:26\","
            + "\"alreadyThere\":false,\"overridden\":[]},\"day\":{\"name\":\"Payments Chaos Day\",\"zone\":\"Europe/London\","
            + "\"experiments\":[" + experiment("CHAOS-19", "Payments API loses its database and fails over within 30 s",
                    "alice", "running", true, ",\"since\":\"10:02\",\"minutes\":24,\"putBack\":\"Turn the <payments> paging rule back on\"",
                    entry("start", "10:02", "", "Alice Moreau") + "," + entry("detected", "10:04", "Latency alert fired in #payments-ops",
                            "Alice Moreau") + "," + entry("recovered", "10:26", "Fail-over done", "Alice Moreau")) + "]}}";

    /** What stopping CHAOS-19 answers. */
    public static final String STOPPED = "{\"written\":{\"key\":\"CHAOS-19\",\"kind\":\"stop\",\"time\":\"10:30\","
            + "\"alreadyThere\":false,\"overridden\":[]},\"day\":{\"name\":\"Payments Chaos Day\",\"zone\":\"Europe/London\","
            + "\"experiments\":[" + experiment("CHAOS-19", "Payments API loses its database and fails over within 30 s",
                    "alice", "stopped", true, ",\"since\":\"10:02\",\"minutes\":28",
                    entry("start", "10:02", "", "Alice Moreau") + "," + entry("stop", "10:30", "", "Alice Moreau")) + "]}}";
}
