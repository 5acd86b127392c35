package io.chaosday.jira.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stand-alone HTML file around the rendered panel, for a browser: AUI's stylesheet where one was
 * installed (system property {@code chaosday.aui.css}; {@code docs/screenshots.sh} installs AUI from
 * npm), our web resources inline, and optional script run after the page's own.
 */
final class PageHarness {

    private PageHarness() {
    }

    static Optional<Path> auiStylesheet() {
        return Optional.ofNullable(System.getProperty("chaosday.aui.css")).filter(p -> !p.isBlank()).map(Path::of)
                .filter(Files::isRegularFile);
    }

    static String wrap(String panel, String title, String afterScript) {
        String aui = auiStylesheet().map(css -> "<link rel=\"stylesheet\" href=\"" + css.toUri() + "\">").orElse("");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n" + aui
                // A screenshot is one moment: AUI's transitions would catch buttons half-way between states.
                + "\n<style>\n" + resource("/web/chaosday-page.css") + "\n* { transition: none !important; }\n</style></head>\n"
                + "<body class=\"aui-layout aui-theme-default\"><div id=\"page\"><section id=\"content\" role=\"main\">"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">\n"
                + panel + "\n</section></div></div></section></div>\n<script>\n" + resource("/web/chaosday-page.js")
                + "\n</script>\n<script>\n" + afterScript + "\n</script>\n</body></html>\n";
    }

    static String resource(String name) {
        try (InputStream in = PageHarness.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
