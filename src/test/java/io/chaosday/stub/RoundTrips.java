package io.chaosday.stub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many round trips a client waited for, read from when the server began and ended each
 * request. Requests sent at once overlap in time; a request sent after another's answer starts
 * after it ended. The count is the largest number of requests of which no two overlapped: a
 * client can lower it only by truly sending at once, and raises it by every wait.
 */
public final class RoundTrips {

    /** One request as the server saw it, in {@link System#nanoTime()}. */
    public record Span(String request, long start, long end) {
    }

    private RoundTrips() {
    }

    /** The requests of one round after another: each round starts after the one before it ended. */
    public static List<List<String>> rounds(List<Span> spans) {
        // Earliest end first picks the most spans no two of which overlap (interval scheduling).
        List<Span> byEnd = new ArrayList<>(spans);
        byEnd.sort(Comparator.comparingLong(Span::end));
        List<Span> chain = new ArrayList<>();
        for (Span span : byEnd) {
            if (chain.isEmpty() || span.start() > chain.get(chain.size() - 1).end()) {
                chain.add(span);
            }
        }
        // Each request is put in the round of the last chain member that started before it ended.
        List<List<String>> rounds = new ArrayList<>();
        chain.forEach(c -> rounds.add(new ArrayList<>()));
        List<Span> byStart = new ArrayList<>(spans);
        byStart.sort(Comparator.comparingLong(Span::start));
        for (Span span : byStart) {
            int round = 0;
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).start() <= span.end()) {
                    round = i;
                }
            }
            rounds.get(round).add(span.request());
        }
        return rounds;
    }
}
