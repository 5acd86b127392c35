package io.chaosday.pages.preview;

import io.chaosday.storage.StorageEscaper;
import io.chaosday.storage.StorageFormatException;
import io.chaosday.storage.StorageXml;
import org.w3c.dom.Element;

/**
 * A standalone HTML page that shows roughly how Confluence will display some storage format, to
 * look at before publishing or without a Confluence at hand. It loads nothing from the network
 * and runs no script: the storage format is re-drawn element by element from an allow-list.
 */
public final class PreviewPage {

    private PreviewPage() {
    }

    public static String html(String title, String storageXhtml) {
        String body;
        try {
            Element root = StorageXml.parse(storageXhtml);
            body = new StorageToHtml().convert(root);
        } catch (StorageFormatException e) {
            // Still a page: say what went wrong and show the source as text.
            body = "<p class=\"preview-error\">This storage format could not be read: "
                    + StorageEscaper.escape(e.getMessage()) + "</p><pre>" + StorageEscaper.escapeText(storageXhtml)
                    + "</pre>";
        }
        String heading = StorageEscaper.escape(title);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                // Belt and braces: even if something slipped through, the browser fetches and runs nothing.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + heading + "</title>\n<style>\n" + PreviewStyle.CSS + "</style>\n</head>\n<body>\n"
                + "<p class=\"preview-banner\">Offline preview: roughly how Confluence will show this page.</p>\n"
                + "<h1>" + heading + "</h1>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
    }
}
