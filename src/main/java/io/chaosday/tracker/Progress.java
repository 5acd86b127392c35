package io.chaosday.tracker;

/** Told how far long work has got, so a person watching knows it is moving. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = (what, done, total) -> { };

    void update(String what, int done, int total);
}
