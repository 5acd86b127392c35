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
}
