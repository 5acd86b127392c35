package io.chaosday.packaging;

import java.util.ArrayList;
import java.util.List;

/** An OSGi manifest header read as its clauses' first names: "a;version=\"[1,2)\",b" gives a and b. */
final class ManifestHeader {

    private ManifestHeader() {
    }

    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        for (String clause : clauses(header)) {
            names.add(clause.split(";", 2)[0].strip());
        }
        return names;
    }

    /** The header's clauses whole, split at the commas outside quotes: "a;uses:=\"b,c\";version=1" is one. */
    static List<String> clauses(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                if (!clause.toString().isBlank()) {
                    names.add(clause.toString().strip());
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
