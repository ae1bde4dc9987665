import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic corpus for the benchmark: N documents of about W words of
 * prose-like filler with theme terms from the taxonomy woven in, spread over synthetic meetings,
 * as NDJSON for the bulk endpoint, plus the same texts as one plain-text file and the list of
 * taxonomy terms for the grep comparison. Every document is flagged synthetic.
 *
 * usage: java CorpusGenerator.java TAXONOMY_YAML OUT_DIR DOCUMENTS WORDS_PER_DOCUMENT
 */
public class CorpusGenerator {

    static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from"
            + " at which but have an they you were her she there been one all we their has would when if so no will"
            + " more what up out into can time could them other than then now only its over also after two first new"
            + " most these may like any where through back years way well should because each just those people how"
            + " year ministers meeting region officials agreed statement delegation discussed programme support"
            + " welcomed noted further continued partners progress report working group framework exchange members"
            + " commitment dialogue future joint activities enhance promote important role efforts regional"
            + " development practical implementation areas recent share views including further initiatives").split(" ");
    static final String[] HOSTS = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"};
    static final String[] KINDS = {"joint-declaration", "chairman-statement", "news-report", "speech", "other"};

    public static void main(String[] args) throws IOException {
        Path taxonomy = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int documents = Integer.parseInt(args[2]);
        int words = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        List<String> terms = terms(taxonomy);
        Files.write(out.resolve("terms.txt"), terms, StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(20261128L);
        int meetings = Math.max(20, Math.min(2000, documents / 50));
        try (BufferedWriter ndjson = Files.newBufferedWriter(out.resolve("corpus.ndjson"), StandardCharsets.UTF_8);
             BufferedWriter text = Files.newBufferedWriter(out.resolve("corpus.txt"), StandardCharsets.UTF_8)) {
            for (int d = 0; d < documents; d++) {
                int meeting = d % meetings;
                int year = 2006 + meeting * 20 / meetings;
                int month = 1 + (meeting * 7) % 12;
                int day = 1 + (meeting * 13) % 28;
                String host = HOSTS[meeting % HOSTS.length];
                String body = document(random, terms, words);
                text.write(body);
                text.write("\n\n");
                ndjson.write("{\"title\":\"Synthetic benchmark document " + (d + 1) + "\",\"kind\":\""
                        + KINDS[d % KINDS.length] + "\",\"synthetic\":true,\"meeting\":{\"series\":\"BENCH\",\"number\":"
                        + (meeting + 1) + ",\"date\":\"" + String.format("%04d-%02d-%02d", year, month, day)
                        + "\",\"hostCountry\":\"" + host + "\",\"hostCity\":\"City " + host + "\"},\"text\":\""
                        + body.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n");
            }
        }
    }

    static String document(SplittableRandom random, List<String> terms, int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            int sentence = 8 + random.nextInt(18);
            boolean capital = true;
            for (int i = 0; i < sentence; i++) {
                String w;
                if (random.nextInt(40) == 0) {
                    w = terms.get(random.nextInt(terms.size()));
                } else {
                    w = WORDS[random.nextInt(WORDS.length)];
                }
                if (capital) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    capital = false;
                }
                sb.append(w);
                written += w.split(" ").length;
                sb.append(i == sentence - 1 ? ". " : random.nextInt(12) == 0 ? ", " : " ");
            }
            if (random.nextInt(6) == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    /** The base phrases under every {@code terms:} list of the taxonomy YAML. */
    static List<String> terms(Path yaml) throws IOException {
        List<String> out = new ArrayList<>();
        boolean inTerms = false;
        for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("terms:")) {
                inTerms = true;
            } else if (inTerms && t.startsWith("- ")) {
                String term = t.substring(2).strip();
                if (term.startsWith("\"") && term.endsWith("\"") || term.startsWith("'") && term.endsWith("'")) {
                    term = term.substring(1, term.length() - 1);
                }
                out.add(term);
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                inTerms = false;
            }
        }
        return out;
    }
}
