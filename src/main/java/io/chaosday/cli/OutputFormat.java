package io.chaosday.cli;

import io.chaosday.export.HtmlTimeline;
import io.chaosday.export.ICalendar;
import io.chaosday.export.JiraCsv;
import io.chaosday.export.PlanJson;
import io.chaosday.export.PlanRenderer;
import io.chaosday.export.PlanTable;

/** The offline formats of a plan, with the file each is written to under {@code --out}. */
public enum OutputFormat {
    TABLE("chaos-day.txt"),
    JSON("chaos-day.json"),
    CSV("chaos-day.csv"),
    ICS("chaos-day.ics"),
    HTML("chaos-day.html");

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** A switch rather than a constructor reference each: those are lambdas linked before every plan. */
    public PlanRenderer renderer() {
        return switch (this) {
            case TABLE -> new PlanTable();
            case JSON -> new PlanJson();
            case CSV -> new JiraCsv();
            case ICS -> new ICalendar();
            case HTML -> new HtmlTimeline();
        };
    }

    /** As the user types it, and as help and errors list it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
