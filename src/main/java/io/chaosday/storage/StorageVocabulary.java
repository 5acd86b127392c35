package io.chaosday.storage;

import java.util.Set;

/** The elements and attributes the sanitizer lets through, in one place to review. */
final class StorageVocabulary {

    static final String XHTML = StorageXml.XHTML;

    static final Set<String> HTML_ELEMENTS = Set.of(
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "strong", "b", "em", "i", "u", "s", "del", "ins", "strike", "sub", "sup", "small",
            "code", "pre", "kbd", "samp", "tt", "q", "cite", "abbr", "dfn", "time", "blockquote",
            "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
            "a", "span", "div");

    /** Elements whose content is code, a form or an embedded document rather than text for a reader. */
    static final Set<String> HTML_DROPPED_WITH_CONTENT = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
            "button", "textarea", "select", "option", "link", "meta", "base", "svg", "math", "template",
            "noscript", "title", "head", "img", "audio", "video", "source", "canvas");

    /** Storage-format elements that structure content; anything else in {@code ac:} is dropped. */
    static final Set<String> AC_ELEMENTS = Set.of(
            "parameter", "rich-text-body", "plain-text-body", "link", "link-body", "plain-text-link-body",
            "image", "emoticon", "task-list", "task", "task-id", "task-status", "task-body",
            "inline-comment-marker", "placeholder", "layout", "layout-section", "layout-cell");

    static final Set<String> HTML_ATTRIBUTES = Set.of(
            "href", "title", "colspan", "rowspan", "class", "scope", "align", "start", "datetime");

    /** Attributes that hold a URL and so are checked for their scheme. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "ri:value");

    /** Elements a browser misreads when written as {@code <x/>}. */
    static final Set<String> HTML_NEVER_EMPTY = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "code", "pre",
            "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "span", "div", "blockquote");

    private StorageVocabulary() {
    }
}
