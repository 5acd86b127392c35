package io.chaosday.tracker;

/** An issue's description as the tracker stores it: wiki markup (Data Center) or ADF JSON (Cloud). */
public record IssueDescription(SourceMarkup markup, String body) {

    /** What an issue without a description reads as, when its description was asked for. */
    public static final IssueDescription NONE = new IssueDescription(SourceMarkup.WIKI, "");
}
