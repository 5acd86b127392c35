package io.chaosday.cli;

import io.chaosday.export.HtmlTimeline;
import io.chaosday.export.ICalendar;
import io.chaosday.export.JiraCsv;
import io.chaosday.export.PlanJson;
import io.chaosday.export.PlanRenderer;
import io.chaosday.export.PlanTable;
import java.util.function.Supplier;

/** The offline formats of a plan, with the file each is written to under {@code --out}. */
public enum OutputFormat {
    TABLE("chaos-day.txt", PlanTable::new),
    JSON("chaos-day.json", PlanJson::new),
    CSV("chaos-day.csv", JiraCsv::new),
    ICS("chaos-day.ics", ICalendar::new),
    HTML("chaos-day.html", HtmlTimeline::new);

    private final String fileName;
    private final Supplier<PlanRenderer> renderer;

    OutputFormat(String fileName, Supplier<PlanRenderer> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    public String fileName() {
        return fileName;
    }

    public PlanRenderer renderer() {
        return renderer.get();
    }

    /** As the user types it, and as help and errors list it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
