package io.themescope.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML to text with jsoup: the main content only (main, role=main or the single article when
 * present), without navigation, page furniture, scripts, forms, share widgets and cookie banners,
 * block elements as paragraphs and br as line breaks. Every walk is jsoup's iterative traversal,
 * so a page nested ten thousand levels deep costs time, never the stack.
 */
final class HtmlConverter {

    static final String VERSION = "jsoup " + versionOf();
    private static final Set<String> DROPPED_TAGS = Set.of("nav", "header", "footer", "aside", "script", "style",
            "noscript", "form", "template", "iframe", "svg", "button", "select", "input", "textarea", "dialog",
            "object", "embed", "canvas", "menu", "head");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Pattern CLUTTER = Pattern.compile("(^|[\\s_-])(cookie|cookies|consent|gdpr|share|sharing"
            + "|social|newsletter|subscribe|breadcrumbs?|navbar|sidebar|popup|modal|advert|ads?|promo|related"
            + "|comments?|skip-link|print-only|share-buttons)([\\s_-]|$)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "blockquote", "section", "article", "main", "pre", "dd", "dt", "dl", "figure",
            "figcaption", "address", "hr", "caption", "tbody", "thead", "tfoot", "details", "summary", "body");

    private final ConvertLimits limits;

    HtmlConverter(ConvertLimits limits) {
        this.limits = limits;
    }

    Conversion convert(byte[] bytes, String declaredCharset) {
        Document doc;
        String charset = declaredCharset != null && Charset.isSupported(declaredCharset) ? declaredCharset : null;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ConversionFailure.of(400, "html", "The HTML cannot be read.");
        }
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        LocalDate published = date(meta(doc, "article:published_time"));
        Element root = root(doc);
        int dropped = dropClutter(root);
        String text = render(root);
        if (text.length() > limits.maxCharacters()) {
            throw ConversionFailure.of(413, "max-characters", "The page's text has more than "
                    + limits.maxCharacters() + " characters.");
        }
        if (text.isBlank()) {
            throw ConversionFailure.of(422, "text", "The HTML page has no text in its main content.");
        }
        List<String> notes = new ArrayList<>();
        notes.add("read the " + (root.tagName().equals("body") ? "whole body" : "<" + root.tagName() + ">"
                + (root.hasAttr("role") ? " (role=" + root.attr("role") + ")" : "")) + " as the main content");
        if (dropped > 0) {
            notes.add("dropped " + dropped + " navigation, banner, script or widget element" + (dropped == 1 ? "" : "s"));
        }
        notes.add("charset " + doc.charset().name());
        return new Conversion("html", "text/html", text, null, VERSION, List.copyOf(notes),
                title == null ? null : truncate(title), published);
    }

    private static String truncate(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        return t.length() > 1000 ? t.substring(0, 1000) : t;
    }

    private static Element root(Document doc) {
        Element main = doc.selectFirst("main");
        if (main == null) {
            main = doc.selectFirst("[role=main]");
        }
        if (main == null) {
            var articles = doc.select("article");
            if (articles.size() == 1) {
                main = articles.first();
            }
        }
        return main != null ? main : doc.body();
    }

    /** Removes clutter under {@code root}; collects first, then removes, so the walk never sees a changed tree. */
    private static int dropClutter(Element root) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root && isClutter(e)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : doomed) {
            e.remove();
        }
        return doomed.size();
    }

    private static boolean isClutter(Element e) {
        if (DROPPED_TAGS.contains(e.normalName())) {
            return true;
        }
        if (DROPPED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        return CLUTTER.matcher(e.className()).find() || CLUTTER.matcher(e.id()).find();
    }

    /** Block elements become paragraphs, br a line break; whitespace inside text collapses to one space. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        int[] pending = {0}; // 0 none, 1 line break, 2 paragraph break
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = Normalizer.normalize(t.getWholeText(), Normalizer.Form.NFC)
                            .replaceAll("[\\s\\u00A0]+", " ");
                    if (s.isBlank()) {
                        if (!out.isEmpty() && pending[0] == 0 && out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                        return;
                    }
                    if (pending[0] > 0 && !out.isEmpty()) {
                        trimTrailingSpace(out);
                        out.append(pending[0] == 2 ? "\n\n" : "\n");
                        s = s.stripLeading();
                    } else if (out.isEmpty() || out.charAt(out.length() - 1) == ' ') {
                        s = s.stripLeading();
                    }
                    pending[0] = 0;
                    out.append(s);
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        pending[0] = Math.max(pending[0], 1);
                        if (pending[0] == 1 && !out.isEmpty()) {
                            trimTrailingSpace(out);
                            out.append('\n');
                            pending[0] = 0;
                        }
                    } else if (BLOCKS.contains(e.normalName())) {
                        pending[0] = 2;
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && pending[0] == 0) {
                            out.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    pending[0] = 2;
                }
            }
        }, root);
        trimTrailingSpace(out);
        return out.toString().strip();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=\"" + property + "\"], meta[name=\"" + property + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String versionOf() {
        String v = Jsoup.class.getPackage().getImplementationVersion();
        return v == null ? "1.24.1" : v;
    }
}
