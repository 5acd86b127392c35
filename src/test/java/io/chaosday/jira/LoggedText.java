package io.chaosday.jira;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What a log appender would write of a logger call's arguments, stack traces and causes included. */
public final class LoggedText {

    private LoggedText() {
    }

    public static String of(List<Object> arguments) {
        StringWriter out = new StringWriter();
        for (Object argument : arguments) {
            if (argument instanceof Throwable failure) {
                failure.printStackTrace(new PrintWriter(out));
            } else {
                out.write(String.valueOf(argument));
            }
            out.write('\n');
        }
        return out.toString();
    }
}
