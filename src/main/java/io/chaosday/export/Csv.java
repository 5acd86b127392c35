package io.chaosday.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV as RFC 4180 has it: CRLF after every record, and a field that holds a comma, a double
 * quote or a line break is enclosed in double quotes, with its own double quotes doubled.
 *
 * <p>Formula injection: a cell starting with {@code = + - @}, a tab or a carriage return is run as
 * a formula by Excel, LibreOffice and Google Sheets, and Atlassian's own import guide suggests
 * opening the file in a spreadsheet to check it. Names and texts come from plan files that people
 * share, so such a cell gets a leading apostrophe (the OWASP "CSV injection" advice). The price is
 * an apostrophe kept literally by Jira on the rare summary that starts that way, which is visible
 * and fixed by hand; the alternative failure, a formula run on a reviewer's machine, is silent.
 */
final class Csv {

    static final String CRLF = "\r\n";

    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + CRLF;
    }

    static String field(String value) {
        String text = defused(value == null ? "" : value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
