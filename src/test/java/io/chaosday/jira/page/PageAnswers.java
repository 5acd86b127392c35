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
            + "\"from\":\"2027-03-10\",\"to\":\"2027-03-17\",\"overdue\":false}]}";

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
