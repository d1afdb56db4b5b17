package io.github.articlemodel.evaluation;

import io.github.articlemodel.ArticleParser;
import io.github.articlemodel.Articles;
import io.github.articlemodel.Extraction;
import io.github.articlemodel.model.Article;
import io.github.articlemodel.model.Byline;
import io.github.articlemodel.model.Comment;
import io.github.articlemodel.model.Quote;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation command: runs the extractor over a corpus laid out as {@code ../shared/corpus}
 * and prints a scoreboard with the measures of that corpus's README (the same figures as its
 * reference scorer {@code score_dev.py}), the ten worst pages of each measure, and, with
 * {@code --floors FILE}, fails when a score is below its floor (the quality gate).
 *
 * <pre>
 * mvn -q -Peval verify                       # scoreboard and gate over ../shared/corpus
 * Evaluate CORPUS [--floors FILE] [--worst N] [--threads N]
 * </pre>
 */
public final class Evaluate {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern BREAKS = Pattern.compile(
            "(?i)<br\\s*/?>|</p>|</h\\d>|</li>|</div>|</blockquote>|</figcaption>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern NAME_SPLIT = Pattern.compile(";|,|&|\\band\\b|\\bund\\b");
    private static final String READABILITY_BASE = "http://fakehost/test/page.html";

    private final Path corpus;
    private final ArticleParser parser = Articles.parser();
    private final JsonMapper json = JsonMapper.builder().build();

    private Evaluate(Path corpus) {
        this.corpus = corpus;
    }

    /** One measure: its figure, how many it counted, and the worst cases for the report. */
    record Score(String name, double value, String detail) {}

    /** A page where a measure went wrong: what was expected and what came out. */
    record Miss(String measure, String page, double score, String expected, String got) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Evaluate CORPUS [--floors FILE] [--worst N] [--threads N] [--scores]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path floors = null;
        int worst = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean scores = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--floors": floors = Path.of(args[++i]); break;
                case "--worst": worst = Integer.parseInt(args[++i]); break;
                case "--threads": threads = Integer.parseInt(args[++i]); break;
                case "--scores": scores = true; break;
                default:
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
            }
        }
        if (!Files.isDirectory(corpus.resolve("readability")) || !Files.isDirectory(corpus.resolve("trafilatura"))) {
            System.err.println("not a corpus folder (needs readability/ and trafilatura/): " + corpus);
            System.exit(2);
        }
        Evaluate e = new Evaluate(corpus);
        Result r = e.run(threads);
        if (scores) {
            // Four decimals, named as in the floors file: a floor can sit just below the raw figure.
            r.scores.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s = %.4f%n", k, v));
        }
        r.print(System.out, worst);
        if (floors != null) {
            List<String> failures = r.gate(floors);
            if (!failures.isEmpty()) {
                System.out.println();
                System.out.println("QUALITY GATE FAILED:");
                failures.forEach(f -> System.out.println("  " + f));
                System.exit(1);
            }
            System.out.println();
            System.out.println("quality gate passed (" + floors + ")");
        }
    }

    /** All scores of one run, with the misses behind them. */
    static final class Result {
        final Map<String, Double> scores = new LinkedHashMap<>();
        final List<String> lines = new ArrayList<>();
        final Map<String, List<Miss>> misses = new LinkedHashMap<>();
        int exceptions;
        int internalWarnings;

        void print(PrintStream out, int worst) {
            lines.forEach(out::println);
            out.println("pages that threw: " + exceptions + "; internal-error warnings: " + internalWarnings);
            for (Map.Entry<String, List<Miss>> e : misses.entrySet()) {
                List<Miss> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparingDouble(Miss::score));
                if (list.isEmpty()) {
                    continue;
                }
                out.println();
                out.println("worst pages for " + e.getKey() + ":");
                for (Miss m : list.subList(0, Math.min(worst, list.size()))) {
                    out.printf(Locale.ROOT, "  %.3f %s%n        expected: %s%n        got:      %s%n", m.score(),
                            m.page(), abbreviate(m.expected()), abbreviate(m.got()));
                }
            }
        }

        List<String> gate(Path floorsFile) throws IOException {
            Properties floors = new Properties();
            try (var in = Files.newBufferedReader(floorsFile, StandardCharsets.UTF_8)) {
                floors.load(in);
            }
            List<String> failures = new ArrayList<>();
            for (String key : new TreeMap<>(floors).keySet().stream().map(Object::toString).collect(Collectors.toList())) {
                double floor = Double.parseDouble(floors.getProperty(key).trim());
                Double got = scores.get(key);
                if (got == null) {
                    failures.add(key + ": no such score");
                } else if (got + 1e-9 < floor) {
                    failures.add(String.format(Locale.ROOT, "%s: %.3f is below the floor %.3f", key, got, floor));
                }
            }
            if (exceptions > 0) {
                failures.add(exceptions + " pages threw an exception");
            }
            return failures;
        }

        void miss(Miss m) {
            misses.computeIfAbsent(m.measure(), k -> new ArrayList<>()).add(m);
        }
    }

    private Result run(int threads) throws Exception {
        Result r = new Result();
        Map<String, Article> pages = extractAll(threads, r);
        readability(pages, r);
        trafilatura(pages, r);
        quotes(pages, r);
        return r;
    }

    /** Extracts every page of the corpus, keyed by its path inside the corpus. */
    private Map<String, Article> extractAll(int threads, Result r) throws Exception {
        Map<String, String> urls = new HashMap<>();
        JsonNode gold = json.readTree(corpus.resolve("trafilatura/gold.json").toFile());
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            urls.put("trafilatura/pages/" + e.getKey(), e.getValue().path("url").asString("").trim());
        }
        List<String> rels = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("readability"))) {
            s.filter(Files::isDirectory).sorted()
                    .forEach(d -> rels.add("readability/" + d.getFileName() + "/source.html"));
        }
        rels.addAll(new TreeMap<>(urls).keySet());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<Extraction<Article>>> futures = new LinkedHashMap<>();
            for (String rel : rels) {
                String url = rel.startsWith("readability/") ? READABILITY_BASE : urls.get(rel);
                String base = url == null || !url.startsWith("http") ? null : url;
                futures.put(rel, pool.submit(() -> {
                    try {
                        return parser.extract(corpus.resolve(rel), base);
                    } catch (IllegalArgumentException bad) {
                        return parser.extract(corpus.resolve(rel), null); // a gold URL the parser refuses
                    }
                }));
            }
            Map<String, Article> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Extraction<Article>>> f : futures.entrySet()) {
                try {
                    Extraction<Article> ex = f.getValue().get();
                    out.put(f.getKey(), ex.value());
                    r.internalWarnings += (int) ex.warnings().stream().filter(w -> w.code().startsWith("internal")).count();
                } catch (java.util.concurrent.ExecutionException e) {
                    r.exceptions++;
                    System.err.println(f.getKey() + ": " + e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private void readability(Map<String, Article> pages, Result r) throws IOException {
        List<double[]> triples = new ArrayList<>();
        int titleOk = 0;
        int titleN = 0;
        int bylineOk = 0;
        int bylineN = 0;
        try (Stream<Path> s = Files.list(corpus.resolve("readability"))) {
            for (Path dir : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                String rel = "readability/" + dir.getFileName() + "/source.html";
                Article a = pages.get(rel);
                String text = a == null ? "" : a.text();
                String expected = htmlText(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8));
                double[] t = shingleTriple(expected, text);
                triples.add(t);
                double f1 = 2 * t[0] / Math.max(2 * t[0] + t[1] + t[2], 1e-9);
                r.miss(new Miss("readability body F1", rel, f1, "precision " + fmt(t[0] / Math.max(t[0] + t[1], 1e-9))
                        + ", recall " + fmt(t[0] / Math.max(t[0] + t[2], 1e-9)), text));
                JsonNode meta = json.readTree(dir.resolve("expected-metadata.json").toFile());
                String title = meta.path("title").asString("");
                if (!title.isEmpty()) {
                    titleN++;
                    String got = a == null ? "" : a.headline().orElse("");
                    boolean ok = norm(got).toLowerCase(Locale.ROOT).equals(norm(title).toLowerCase(Locale.ROOT));
                    titleOk += ok ? 1 : 0;
                    if (!ok) {
                        r.miss(new Miss("readability title", rel, 0, title, got));
                    }
                }
                String byline = meta.path("byline").asString("");
                if (!byline.isEmpty()) {
                    bylineN++;
                    String got = names(a).stream().collect(Collectors.joining(", "));
                    String want = norm(byline).toLowerCase(Locale.ROOT);
                    boolean ok = !got.isEmpty() && (want.contains(got) || got.contains(want));
                    bylineOk += ok ? 1 : 0;
                    if (!ok) {
                        r.miss(new Miss("readability byline", rel, 0, byline, got));
                    }
                }
            }
        }
        double[] prf = prf(triples);
        r.scores.put("readability.body.precision", prf[0]);
        r.scores.put("readability.body.recall", prf[1]);
        r.scores.put("readability.body.f1", prf[2]);
        r.scores.put("readability.title", (double) titleOk / Math.max(titleN, 1));
        r.scores.put("readability.byline", (double) bylineOk / Math.max(bylineN, 1));
        r.lines.add(String.format(Locale.ROOT, "readability: pages %d; body P %.3f R %.3f F1 %.3f; title %d/%d = %.3f;"
                + " byline %d/%d = %.3f", triples.size(), prf[0], prf[1], prf[2], titleOk, titleN,
                (double) titleOk / Math.max(titleN, 1), bylineOk, bylineN, (double) bylineOk / Math.max(bylineN, 1)));
    }

    private void trafilatura(Map<String, Article> pages, Result r) throws IOException {
        JsonNode gold = json.readTree(corpus.resolve("trafilatura/gold.json").toFile());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int[] author = new int[2];
        int[] date = new int[2];
        int[] title = new int[2];
        int[] comments = new int[2];
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            String rel = "trafilatura/pages/" + e.getKey();
            JsonNode g = e.getValue();
            Article a = pages.get(rel);
            String text = norm(a == null ? "" : a.text());
            List<String> missed = new ArrayList<>();
            for (JsonNode s : g.path("with")) {
                if (text.contains(norm(s.asString()))) {
                    tp++;
                } else {
                    fn++;
                    missed.add("missing: " + s.asString());
                }
            }
            for (JsonNode s : g.path("without")) {
                if (text.contains(norm(s.asString()))) {
                    fp++;
                    missed.add("unwanted: " + s.asString());
                }
            }
            if (!missed.isEmpty()) {
                r.miss(new Miss("trafilatura snippets", rel, -missed.size(), String.join(" | ", missed), text));
            }
            JsonNode au = g.path("author");
            if (!au.isMissingNode() && !au.isNull() && !au.asString("x").isEmpty()) {
                author[1]++;
                List<String> want = goldNames(au);
                List<String> got = names(a).stream().sorted().collect(Collectors.toList());
                String joined = au.isArray() ? String.join("; ", strings(au)) : au.asString();
                boolean ok = got.equals(want) || String.join("; ", got).equals(norm(joined).toLowerCase(Locale.ROOT));
                author[0] += ok ? 1 : 0;
                if (!ok) {
                    r.miss(new Miss("trafilatura author", rel, 0, String.join("; ", want), String.join("; ", got)));
                }
            }
            String goldDate = g.path("date").asString("");
            if (!goldDate.isEmpty()) {
                date[1]++;
                String got = a == null ? "" : a.datePublished().map(d -> d.iso()).orElse("");
                boolean ok = got.length() >= 10 && goldDate.length() >= 10
                        && got.substring(0, 10).equals(goldDate.substring(0, 10));
                date[0] += ok ? 1 : 0;
                if (!ok) {
                    r.miss(new Miss("trafilatura date", rel, 0, goldDate, got));
                }
            }
            String goldTitle = g.path("title").asString("");
            if (!goldTitle.isEmpty()) {
                title[1]++;
                String got = a == null ? "" : a.headline().orElse("");
                boolean ok = norm(got).toLowerCase(Locale.ROOT).equals(norm(goldTitle).toLowerCase(Locale.ROOT));
                title[0] += ok ? 1 : 0;
                if (!ok) {
                    r.miss(new Miss("trafilatura title", rel, 0, goldTitle, got));
                }
            }
            if (g.path("comments").isArray() && !g.path("comments").isEmpty()) {
                String ct = norm(commentText(a));
                int found = 0;
                for (JsonNode s : g.path("comments")) {
                    comments[1]++;
                    if (ct.contains(norm(s.asString()))) {
                        comments[0]++;
                        found++;
                    }
                }
                if (found < g.path("comments").size()) {
                    r.miss(new Miss("trafilatura comments", rel, (double) found / g.path("comments").size(),
                            g.path("comments").get(0).asString(), ct));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        r.scores.put("trafilatura.snippets.precision", p);
        r.scores.put("trafilatura.snippets.recall", rc);
        r.scores.put("trafilatura.snippets.f1", f);
        r.scores.put("trafilatura.author", ratio(author));
        r.scores.put("trafilatura.date", ratio(date));
        r.scores.put("trafilatura.title", ratio(title));
        r.scores.put("trafilatura.comments", ratio(comments));
        r.lines.add(String.format(Locale.ROOT, "trafilatura: pages %d; snippets P %.3f R %.3f F1 %.3f; author %d/%d = %.3f;"
                + " date %d/%d = %.3f; title %d/%d = %.3f; comments %d/%d = %.3f", gold.size(), p, rc, f,
                author[0], author[1], ratio(author), date[0], date[1], ratio(date), title[0], title[1], ratio(title),
                comments[0], comments[1], ratio(comments)));
    }

    private void quotes(Map<String, Article> pages, Result r) throws IOException {
        JsonNode q = json.readTree(corpus.resolve("quotes-dev.json").toFile()).path("pages");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int speakerOk = 0;
        int speakerN = 0;
        for (Map.Entry<String, JsonNode> e : q.properties()) {
            String rel = "readability/" + e.getKey() + "/source.html";
            Article a = pages.get(rel);
            List<Quote> predicted = a == null ? List.of() : a.quotes();
            List<java.util.Set<String>> words = predicted.stream().map(x -> tokenSet(x.text())).collect(Collectors.toList());
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (JsonNode gq : e.getValue().path("quotes")) {
                java.util.Set<String> gw = tokenSet(gq.path("text").asString(""));
                double best = 0;
                int bi = -1;
                for (int i = 0; i < words.size(); i++) {
                    if (used.contains(i)) {
                        continue;
                    }
                    java.util.Set<String> inter = new java.util.HashSet<>(gw);
                    inter.retainAll(words.get(i));
                    java.util.Set<String> union = new java.util.HashSet<>(gw);
                    union.addAll(words.get(i));
                    double j = (double) inter.size() / Math.max(union.size(), 1);
                    if (j > best) {
                        best = j;
                        bi = i;
                    }
                }
                if (bi >= 0 && best >= 0.5) {
                    tp++;
                    used.add(bi);
                    String goldSpeaker = speakerName(gq.path("speaker"));
                    if (!goldSpeaker.isEmpty()) {
                        speakerN++;
                        String got = predicted.get(bi).speaker().map(s -> s.name()).orElse("");
                        boolean ok = !lastWord(got).isEmpty() && lastWord(got).equals(lastWord(goldSpeaker));
                        speakerOk += ok ? 1 : 0;
                        if (!ok) {
                            r.miss(new Miss("quote speakers", rel, 0, goldSpeaker + " for: " + gq.path("text").asString(),
                                    got));
                        }
                    }
                } else {
                    fn++;
                    r.miss(new Miss("quote recall", rel, best, gq.path("text").asString(), ""));
                }
            }
            fp += predicted.size() - used.size();
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i)) {
                    r.miss(new Miss("quote precision", rel, 0, "(no gold quote)", predicted.get(i).text()));
                }
            }
        }
        double p = (double) tp / Math.max(tp + fp, 1);
        double rc = (double) tp / Math.max(tp + fn, 1);
        double sp = (double) speakerOk / Math.max(speakerN, 1);
        r.scores.put("quotes.precision", p);
        r.scores.put("quotes.recall", rc);
        r.scores.put("quotes.speaker", sp);
        r.lines.add(String.format(Locale.ROOT, "quotes-dev: gold %d; P %.3f R %.3f F1 %.3f; speaker %d/%d = %.3f",
                tp + fn, p, rc, 2 * p * rc / Math.max(p + rc, 1e-9), speakerOk, speakerN, sp));
    }

    // --- the measures, as ../shared/corpus/README.md defines them ---

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static java.util.Set<String> tokenSet(String s) {
        return new java.util.HashSet<>(tokens(s.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> toks = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        int n = Math.max(1, toks.size() - 3);
        for (int i = 0; i < n; i++) {
            List<String> sh = toks.subList(Math.min(i, toks.size()), Math.min(i + 4, toks.size()));
            if (!sh.isEmpty()) {
                out.merge(String.join("\u0001", sh), 1, Integer::sum);
            }
        }
        return out;
    }

    /** tp, fp, fn of 4-token shingles with multiplicity, normalised to sum to one. */
    static double[] shingleTriple(String gold, String predicted) {
        Map<String, Integer> t = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<String> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    static double[] prf(List<double[]> triples) {
        List<Double> ps = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        for (double[] t : triples) {
            if (t[0] + t[1] > 0) {
                ps.add(t[0] / (t[0] + t[1]));
            }
            if (t[0] + t[2] > 0) {
                rs.add(t[0] / (t[0] + t[2]));
            }
        }
        double p = ps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double r = rs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    static String htmlText(String html) {
        String h = SCRIPT.matcher(html).replaceAll(" ");
        h = BREAKS.matcher(h).replaceAll("\n");
        h = TAG.matcher(h).replaceAll(" ");
        return org.jsoup.parser.Parser.unescapeEntities(h, false);
    }

    private static List<String> names(Article a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (Byline b : a.bylines()) {
                out.add(norm(b.name()).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> goldNames(JsonNode author) {
        List<String> parts = author.isArray() ? strings(author) : List.of(NAME_SPLIT.split(author.asString(), -1));
        return parts.stream().map(x -> norm(x).toLowerCase(Locale.ROOT)).filter(x -> !x.isEmpty()).sorted()
                .collect(Collectors.toList());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString("")));
        return out;
    }

    private static String commentText(Article a) {
        List<String> acc = new ArrayList<>();
        if (a != null) {
            walk(a.comments(), acc);
        }
        return String.join("\n", acc);
    }

    private static void walk(List<Comment> comments, List<String> acc) {
        for (Comment c : comments) {
            acc.add(c.text());
            walk(c.replies(), acc);
        }
    }

    private static String speakerName(JsonNode speaker) {
        if (speaker.isObject()) {
            return speaker.path("name").asString("");
        }
        return speaker.isString() ? speaker.asString() : "";
    }

    private static String lastWord(String name) {
        List<String> w = tokens(name.toLowerCase(Locale.ROOT));
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static double ratio(int[] okAndTotal) {
        return (double) okAndTotal[0] / Math.max(okAndTotal[1], 1);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

}
