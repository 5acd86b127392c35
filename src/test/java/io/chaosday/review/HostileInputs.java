package io.chaosday.review;

import java.util.List;

/** Text that tries to become markup, a macro, a Velocity directive, or to break the XML. */
public final class HostileInputs {

    public static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "]]>",
            "&amp;",
            "&",
            "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script>x</script>]]>"
                    + "</ac:plain-text-body></ac:structured-macro>",
            "{html}<b>x</b>{html}",
            "${esc}",
            "$view",
            "$view.title() $!view ${view.title()}",
            "#set($x=1)",
            "#parse(\"review.vm\") #evaluate(\"$x\") #include(\"/etc/passwd\")",
            "\"'><img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a>",
            "&lt;already escaped&gt; &#60; &nbsp;",
            "\uD83D\uDD25\uD83D\uDCA5 chaos \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB",
            "\u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C \u0639\u0631\u0628\u064A",
            "Z\u0338\u0322\u0354a\u0335l\u0337g\u0336o e\u0301 n\u0303",
            "nul\u0000 bs\u0008 esc\u001B fffe\uFFFE ffff\uFFFF lone\uD800 end",
            "<&>\"' ".repeat(100 * 1024 / 6) + "the end");

    private HostileInputs() {
    }

    /** A short name for a failure message. */
    public static String describe(String hostile) {
        String shown = hostile.length() > 60 ? hostile.substring(0, 60) + "... (" + hostile.length() + " chars)" : hostile;
        return shown.replaceAll("\\p{Cc}", "?");
    }
}
