package io.chaosday.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira wiki markup to storage format, for the markup review tickets hold: headings, paragraphs and
 * line breaks, nested bullets and numbers, tables, quotes, code and noformat blocks, rules, links,
 * and the emphasis marks ({@code *bold*}, {@code _italic_}, {@code {{code}}}, {@code -struck-},
 * {@code +underlined+}, {@code ^sup^}, {@code ~sub~}, {@code ??citation??}). Anything else (other
 * macros, images, attachments, user mentions, links to wiki pages) is left to Confluence's converter.
 */
public final class WikiToStorage implements MarkupConverter {

    private static final Pattern HEADING = Pattern.compile("^\\s*h([1-6])\\.\\s+(.*)$");
    private static final Pattern QUOTE_LINE = Pattern.compile("^\\s*bq\\.\\s+(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([*#]+|-)\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*-{4,}\\s*$");
    private static final Pattern CODE = Pattern.compile("^\\s*\\{code(?::([^}]*))?}(.*)$");
    private static final Pattern NOFORMAT = Pattern.compile("^\\s*\\{noformat(?::[^}]*)?}(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*\\{quote}\\s*$");
    private static final Pattern LANGUAGE = Pattern.compile("(?:language=)?([A-Za-z0-9+#-]{1,20})");
    private static final Pattern IMAGE = Pattern.compile("!\\S[^!]*!");

    /** Thrown inside a conversion when the text holds markup we leave to Confluence. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    @Override
    public Optional<String> toStorage(String text) {
        try {
            return Optional.of(blocks(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    private static String blocks(String[] lines) {
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        Lists lists = new Lists(out);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m;
            if (line.isBlank()) {
                flush(paragraph, out);
                lists.close();
            } else if ((m = CODE.matcher(line)).matches()) {
                flush(paragraph, out);
                lists.close();
                i = code(lines, i, m.group(2), "{code}", language(m.group(1)), out);
            } else if ((m = NOFORMAT.matcher(line)).matches()) {
                flush(paragraph, out);
                lists.close();
                i = code(lines, i, m.group(1), "{noformat}", null, out);
            } else if (QUOTE.matcher(line).matches()) {
                flush(paragraph, out);
                lists.close();
                int end = closing(lines, i, "{quote}");
                String[] inner = java.util.Arrays.copyOfRange(lines, i + 1, end);
                out.append("<blockquote>").append(blocks(inner)).append("</blockquote>");
                i = end;
            } else if ((m = HEADING.matcher(line)).matches()) {
                flush(paragraph, out);
                lists.close();
                out.append("<h").append(m.group(1)).append('>').append(inline(m.group(2).strip()))
                        .append("</h").append(m.group(1)).append('>');
            } else if ((m = QUOTE_LINE.matcher(line)).matches()) {
                flush(paragraph, out);
                lists.close();
                out.append("<blockquote><p>").append(inline(m.group(1).strip())).append("</p></blockquote>");
            } else if (RULE.matcher(line).matches()) {
                flush(paragraph, out);
                lists.close();
                out.append("<hr/>");
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                flush(paragraph, out);
                lists.item(m.group(1).equals("-") ? "*" : m.group(1), inline(m.group(2).strip()));
            } else if (line.strip().startsWith("|")) {
                flush(paragraph, out);
                lists.close();
                i = table(lines, i, out);
            } else {
                lists.close();
                paragraph.add(line.strip());
            }
        }
        flush(paragraph, out);
        lists.close();
        return out.toString();
    }

    private static void flush(List<String> paragraph, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        out.append("<p>");
        for (int i = 0; i < paragraph.size(); i++) {
            out.append(i == 0 ? "" : "<br/>").append(inline(paragraph.get(i)));
        }
        out.append("</p>");
        paragraph.clear();
    }

    private static String language(String parameters) {
        if (parameters == null) {
            return null;
        }
        Matcher m = LANGUAGE.matcher(parameters.strip());
        return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** A code or noformat block from line {@code start}; answers the line that closes it. */
    private static int code(String[] lines, int start, String rest, String close, String language, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        int end = start;
        String first = rest;
        int closeAt = first.indexOf(close);
        if (closeAt >= 0) {
            text.append(first, 0, closeAt);
            requireNothingAfter(first.substring(closeAt + close.length()));
        } else {
            text.append(first.isBlank() ? "" : first + "\n");
            end = closing(lines, start, close);
            for (int i = start + 1; i < end; i++) {
                text.append(lines[i]).append('\n');
            }
            String last = lines[end];
            int at = last.indexOf(close);
            text.append(last, 0, at);
            requireNothingAfter(last.substring(at + close.length()));
        }
        String body = text.toString().replaceAll("\\n$", "");
        if (language == null && close.equals("{noformat}")) {
            out.append("<pre>").append(StorageEscaper.escapeText(body)).append("</pre>");
        } else {
            out.append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\">");
            if (language != null) {
                out.append("<ac:parameter ac:name=\"language\">").append(StorageEscaper.escapeText(language)).append("</ac:parameter>");
            }
            out.append("<ac:plain-text-body>").append(StorageEscaper.escapeText(body))
                    .append("</ac:plain-text-body></ac:structured-macro>");
        }
        return end;
    }

    private static void requireNothingAfter(String text) {
        if (!text.isBlank()) {
            throw new Unsupported();
        }
    }

    /** The line holding {@code close} after {@code start}; a block left open is not ours to guess. */
    private static int closing(String[] lines, int start, String close) {
        for (int i = start + 1; i < lines.length; i++) {
            if (lines[i].contains(close)) {
                return i;
            }
        }
        throw new Unsupported();
    }

    private static int table(String[] lines, int start, StringBuilder out) {
        out.append("<table><tbody>");
        int i = start;
        for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
            out.append("<tr>");
            for (Cell cell : cells(lines[i].strip())) {
                String tag = cell.header() ? "th" : "td";
                out.append('<').append(tag).append('>').append(inline(cell.text().strip())).append("</").append(tag).append('>');
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return i - 1;
    }

    private record Cell(boolean header, String text) {
    }

    /** A table row's cells: "||" starts a heading cell, "|" a plain one; pipes inside links and escapes stay. */
    private static List<Cell> cells(String row) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (i < row.length()) {
            boolean header = row.startsWith("||", i);
            i += header ? 2 : 1;
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (i < row.length() && !(row.charAt(i) == '|' && depth == 0)) {
                char c = row.charAt(i);
                if (c == '\\' && i + 1 < row.length()) {
                    text.append(c).append(row.charAt(i + 1));
                    i += 2;
                    continue;
                }
                depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
                text.append(c);
                i++;
            }
            if (i >= row.length() && text.toString().isBlank()) {
                break;
            }
            cells.add(new Cell(header, text.toString()));
        }
        return cells;
    }

    /** Nested bullet and number lists, opened and closed as the markers of each line change. */
    private static final class Lists {
        private final StringBuilder out;
        private String open = "";

        Lists(StringBuilder out) {
            this.out = out;
        }

        void item(String markers, String html) {
            int common = 0;
            while (common < open.length() && common < markers.length() && open.charAt(common) == markers.charAt(common)) {
                common++;
            }
            if (common == markers.length() && common == open.length()) {
                out.append("</li>");
            }
            for (int level = open.length() - 1; level >= common; level--) {
                out.append("</li>").append(tag(open.charAt(level), true));
            }
            if (common == markers.length() && common < open.length()) {
                out.append("</li>");
            }
            for (int level = common; level < markers.length(); level++) {
                out.append(tag(markers.charAt(level), false));
                if (level < markers.length() - 1) {
                    out.append("<li>");
                }
            }
            out.append("<li>").append(html);
            open = markers;
        }

        void close() {
            for (int level = open.length() - 1; level >= 0; level--) {
                out.append("</li>").append(tag(open.charAt(level), true));
            }
            open = "";
        }

        private static String tag(char marker, boolean closing) {
            return (closing ? "</" : "<") + (marker == '#' ? "ol" : "ul") + ">";
        }
    }

    private static final String MARKS = "*_-+^~?";

    /** One line of text with its emphasis, code, links and escapes. */
    static String inline(String text) {
        if (IMAGE.matcher(text).find()) {
            throw new Unsupported();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int next;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == '\\') {
                    out.append("<br/>");
                } else {
                    out.append(StorageEscaper.escapeText(String.valueOf(text.charAt(i + 1))));
                }
                i += 2;
            } else if (text.startsWith("{{", i)) {
                int end = text.indexOf("}}", i + 2);
                if (end < 0) {
                    throw new Unsupported();
                }
                out.append("<code>").append(StorageEscaper.escapeText(text.substring(i + 2, end))).append("</code>");
                i = end + 2;
            } else if (c == '{') {
                throw new Unsupported();
            } else if (c == '[') {
                i = link(text, i, out);
            } else if (startsUrl(text, i)) {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '|'
                        && text.charAt(end) != ']') {
                    end++;
                }
                while (end > i && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                String url = text.substring(i, end);
                out.append("<a href=\"").append(StorageEscaper.escape(url)).append("\">")
                        .append(StorageEscaper.escapeText(url)).append("</a>");
                i = end;
            } else if (MARKS.indexOf(c) >= 0 && (next = emphasis(text, i, out)) > i) {
                i = next;
            } else if (text.startsWith(" -- ", i) || text.startsWith(" --- ", i)) {
                boolean em = text.startsWith(" --- ", i);
                out.append(em ? " \u2014 " : " \u2013 ");
                i += em ? 5 : 4;
            } else {
                out.append(StorageEscaper.escapeText(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsUrl(String text, int i) {
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return wordStart && (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("mailto:", i));
    }

    /** {@code [text|url]} or {@code [url]} to a web or mail address; other links are Confluence's to convert. */
    private static int link(String text, int start, StringBuilder out) {
        int end = text.indexOf(']', start);
        if (end < 0) {
            out.append('[');
            return start + 1;
        }
        String inside = text.substring(start + 1, end);
        int bar = inside.lastIndexOf('|');
        String label = bar < 0 ? "" : inside.substring(0, bar).strip();
        String url = (bar < 0 ? inside : inside.substring(bar + 1)).strip();
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))) {
            throw new Unsupported();
        }
        out.append("<a href=\"").append(StorageEscaper.escape(url)).append("\">")
                .append(label.isEmpty() ? StorageEscaper.escapeText(url) : inline(label)).append("</a>");
        return end + 1;
    }

    /**
     * Emphasis starting at {@code i}: a mark at the start of a word, closed by the same mark at the end
     * of a word. Writes it and answers where it ends; answers {@code i} when the mark is just a character.
     */
    private static int emphasis(String text, int i, StringBuilder out) {
        String mark = text.charAt(i) == '?' ? "??" : String.valueOf(text.charAt(i));
        if (!text.startsWith(mark, i)) {
            return i;
        }
        int innerStart = i + mark.length();
        boolean opens = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && innerStart < text.length() && !Character.isWhitespace(text.charAt(innerStart));
        if (!opens) {
            return i;
        }
        for (int j = text.indexOf(mark, innerStart + 1); j > innerStart - 1 && j >= 0; j = text.indexOf(mark, j + 1)) {
            int after = j + mark.length();
            boolean closes = !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '\\'
                    && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
            if (closes) {
                String tag = switch (mark) {
                    case "*" -> "strong";
                    case "_" -> "em";
                    case "-" -> "del";
                    case "+" -> "u";
                    case "^" -> "sup";
                    case "~" -> "sub";
                    default -> "cite";
                };
                out.append('<').append(tag).append('>').append(inline(text.substring(innerStart, j)))
                        .append("</").append(tag).append('>');
                return after;
            }
        }
        return i;
    }
}
