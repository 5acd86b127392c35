package io.chaosday.rest;

import io.chaosday.tracker.IdentityReader;
import io.chaosday.tracker.IssueTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.TrackedIssue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Reads one issue of a search answer into a {@link TrackedIssue}. */
final class IssueReader {

    /** The fields a Chaos Day reads; the Epic Link field is added on Data Center. */
    static final List<String> FIELDS = List.of("summary", "duedate", "status", "assignee", "issuetype", "labels");

    private final Optional<String> epicLinkField;
    private final Optional<java.util.function.Predicate<io.chaosday.tracker.Item>> describe;
    private final boolean cloud;

    /** @param epicLinkField Data Center's Epic Link custom field id; empty on Cloud, where {@code parent} is read */
    IssueReader(Optional<String> epicLinkField) {
        this(epicLinkField, Optional.empty(), false);
    }

    /**
     * @param describe the items whose description the search returned and is kept
     * @param cloud    whether descriptions are ADF (Cloud) rather than wiki markup (Data Center)
     */
    IssueReader(Optional<String> epicLinkField, Optional<java.util.function.Predicate<io.chaosday.tracker.Item>> describe,
            boolean cloud) {
        this.epicLinkField = epicLinkField;
        this.describe = describe;
        this.cloud = cloud;
    }

    /** The issue; its identity from the property when there is one, else from its identity label. */
    TrackedIssue read(JsonNode issue, Optional<IssueIdentity> identity, Map<String, Map<String, String>> properties) {
        JsonNode fields = issue.path("fields");
        List<String> labels = labels(issue);
        JsonNode status = fields.path("status");
        Optional<IssueIdentity> read = IdentityReader.read(identity, labels);
        Optional<io.chaosday.tracker.IssueDescription> description = describe
                .filter(wanted -> read.filter(i -> wanted.test(i.item())).isPresent())
                .map(wanted -> description(fields.path("description")));
        return new TrackedIssue(
                issue.path("key").asText(),
                read,
                kind(fields.path("issuetype"), labels),
                fields.path("summary").asText(""),
                date(fields.path("duedate")),
                IssueTypes.done(status.path("statusCategory").path("key").asText()),
                status.path("name").asText(""),
                text(fields.path("assignee").path("displayName")),
                epicKey(fields),
                Set.copyOf(labels),
                properties,
                description);
    }

    /** Wiki markup on Data Center, ADF JSON on Cloud; the empty description when there is none. */
    private io.chaosday.tracker.IssueDescription description(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return io.chaosday.tracker.IssueDescription.NONE;
        }
        return cloud ? new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.ADF, value.toString())
                : new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.WIKI, value.asText());
    }

    /** The issue's labels as the search returned them. */
    static List<String> labels(JsonNode issue) {
        List<String> labels = new ArrayList<>();
        issue.path("fields").path("labels").forEach(label -> labels.add(label.asText()));
        return labels;
    }

    private Optional<String> epicKey(JsonNode fields) {
        if (epicLinkField.isPresent()) {
            return text(fields.path(epicLinkField.get()));
        }
        return text(fields.path("parent").path("key"));
    }

    private static IssueKind kind(JsonNode type, List<String> labels) {
        return IssueTypes.kindOf(ProjectIssueTypes.isEpic(type), type.path("name").asText(), labels);
    }

    private static Optional<LocalDate> date(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }
}
