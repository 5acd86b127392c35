package io.chaosday.pages;

import io.chaosday.template.Templates;

/** The page templates under {@code templates/confluence/}, rendered through the shared {@link Templates}. */
final class VelocityPages {

    static final String FOLDER = "templates/confluence/";

    /** The one name a page template sees: its typed view object. */
    static final String VIEW = "view";

    private final Templates templates = new Templates(FOLDER);

    /** The text of every page template, so a change to any of them shows in a page's fingerprint. */
    String design() {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {ReviewPage.TEMPLATE, LessonsPage.TEMPLATE}) {
            text.append(name).append('\n').append(templates.source(name));
        }
        return Integer.toHexString(text.toString().hashCode()) + "/" + text.length();
    }

    /** Renders {@code templates/confluence/<name>} with {@code view} as its only variable. */
    String render(String name, Object view) {
        return templates.render(name, VIEW, view);
    }
}
