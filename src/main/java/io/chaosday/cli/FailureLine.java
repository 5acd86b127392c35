package io.chaosday.cli;

/** A failure is one line, even when it quotes input that holds line breaks: those show as \n. */
final class FailureLine {

    private FailureLine() {
    }

    static String of(String message) {
        return message.strip().replaceAll("\\R", "\\\\n");
    }
}
