package io.themescope.convert;

import java.util.ArrayList;
import java.util.List;

import static io.themescope.convert.PdfFixtures.at;
import static io.themescope.convert.PdfFixtures.column;

/**
 * One short declaration in three forms made at test time: a two-page, two-column PDF with a running
 * header, page numbers, hyphenated line ends and a ligature; an HTML page with clutter; plain text.
 * The text each converter must produce is {@link #TEXT}, so all three count the same themes.
 */
public final class Declaration {

    public static final String TEXT = """
            Joint Declaration on Regional Security

            The Ministers noted that maritime security and the arms race remain central to regional cooperation among members.

            They welcomed the first non-traditional security dialogue.

            Terrorism and transnational crime continue to threaten the region.

            The Ministers agreed to strengthen humanitarian assistance and disaster relief.

            They reaffirmed ASEAN centrality and the rules-based order in the region.""";

    private Declaration() {
    }

    public static List<List<PdfFixtures.Text>> pages() {
        List<PdfFixtures.Text> one = new ArrayList<>();
        one.add(at(72, 800, "ADMM Joint Declaration 2024"));
        one.add(new PdfFixtures.Text(72, 760, 14, "Joint Declaration on Regional Security"));
        one.addAll(column(72, 720,
                "The Ministers noted that maritime",
                "security and the arms race remain",
                "central to regional coop-",
                "eration among members.",
                "",
                "They welcomed the \uFB01rst non-",
                "traditional security dialogue."));
        one.addAll(column(320, 720,
                "Terrorism and transnational crime",
                "continue to threaten the region.",
                "",
                "The Ministers agreed to strengthen",
                "humanitarian assistance and disas-",
                "ter relief."));
        one.add(at(290, 40, "1"));
        List<PdfFixtures.Text> two = new ArrayList<>();
        two.add(at(72, 800, "ADMM Joint Declaration 2024"));
        two.addAll(column(72, 720,
                "They reaffirmed ASEAN centrality and",
                "the rules-based order in the region."));
        two.add(at(290, 40, "2"));
        return List.of(one, two);
    }

    public static byte[] pdf() {
        return PdfFixtures.pdf(pages());
    }

    public static String html() {
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>Joint Declaration | Ministry</title>
                <meta property="og:title" content="Joint Declaration on Regional Security">
                <meta property="article:published_time" content="2024-11-21T09:00:00+07:00">
                <script>var tracking = "arms race";</script><style>p { color: red }</style></head>
                <body>
                <div class="cookie-banner">We use cookies. Maritime security of your data matters. <button>OK</button></div>
                <header><nav><a href="/">Home</a> <a href="/terrorism">Terrorism</a></nav></header>
                <main>
                <h1>Joint Declaration on Regional Security</h1>
                <p>The Ministers noted that maritime security and the arms race remain central to regional
                   cooperation among members.</p>
                <p>They welcomed the first non-traditional security dialogue.</p>
                <p>Terrorism and transnational crime
                   continue to threaten the region.</p>
                <div class="share-buttons">Share on social media: arms race</div>
                <p>The Ministers agreed to strengthen humanitarian assistance and disaster relief.</p>
                <p>They reaffirmed ASEAN centrality and the rules-based order in the region.</p>
                </main>
                <aside>Related: maritime security</aside>
                <footer>Copyright 2024</footer>
                </body></html>
                """;
    }
}
