package io.chaosday.packaging;

import java.util.ArrayList;
import java.util.List;

/** An OSGi manifest header read as its clauses' first names: "a;version=\"[1,2)\",b" gives a and b. */
final class ManifestHeader {

    private ManifestHeader() {
    }

    static List<String> names(String header) {
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
                String name = clause.toString().split(";", 2)[0].strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
