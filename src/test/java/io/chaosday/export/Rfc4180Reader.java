package io.chaosday.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, quoted fields may hold commas,
 * line breaks and doubled quotes, and anything else (a bare LF between records, a stray quote)
 * is an error rather than something to guess about.
 */
final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    if (text.charAt(i) == '"') {
                        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                    }
                    field.append(text.charAt(i++));
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            char end = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (end == ',') {
                i++;
            } else if (end == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new IllegalArgumentException("a record ends without CRLF at " + i);
            }
        }
        return records;
    }
}
