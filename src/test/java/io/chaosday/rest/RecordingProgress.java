package io.chaosday.rest;

import io.chaosday.tracker.Progress;

import java.util.ArrayList;
import java.util.List;

/** Records every progress report as "what done/total". */
final class RecordingProgress implements Progress {

    private final List<String> reports = new ArrayList<>();

    @Override
    public synchronized void update(String what, int done, int total) {
        reports.add(what + " " + done + "/" + total);
    }

    synchronized List<String> reports() {
        return List.copyOf(reports);
    }
}
