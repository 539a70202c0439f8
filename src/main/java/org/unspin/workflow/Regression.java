package org.unspin.workflow;

import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.io.TextFiles;
import org.unspin.score.Metric;
import org.unspin.score.Score;
import org.unspin.score.Scorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Restores every original/spun pair of a folder and compares each with a baseline. Pairs are
 * {@code NAME.original.txt} + {@code NAME.spun.txt}, or {@code NAME/original.txt} +
 * {@code NAME/spun.txt}. A pair is worse when its restored WER rises or its edit F0.5 falls by
 * more than {@value #TOLERANCE} (rounding noise) against the baseline.
 */
public final class Regression {

    public static final double TOLERANCE = 0.005;

    /** One pair's figures: WER in percent, F0.5 as a fraction. */
    public record PairResult(String name, int words, double spunWer, double restoredWer, double f05, int edits) { }

    /** A pair's baseline figures. */
    public record Baseline(double restoredWer, double f05) { }

    public record Comparison(PairResult result, Baseline baseline) {
        public boolean worse() {
            return baseline != null && (result.restoredWer() > baseline.restoredWer() + TOLERANCE * 100
                    || result.f05() < baseline.f05() - TOLERANCE);
        }
    }

    private final Unspinner engine;

    public Regression(Unspinner engine) {
        this.engine = engine;
    }

    /** The pairs of a folder, by name: [original, spun]. */
    public static Map<String, Path[]> pairs(Path dir) {
        Map<String, Path[]> pairs = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("original.txt")) && Files.isRegularFile(p.resolve("spun.txt"))) {
                    pairs.put(name, new Path[]{p.resolve("original.txt"), p.resolve("spun.txt")});
                } else if (name.endsWith(".original.txt")) {
                    String base = name.substring(0, name.length() - ".original.txt".length());
                    Path spun = dir.resolve(base + ".spun.txt");
                    if (Files.isRegularFile(spun)) {
                        pairs.put(base, new Path[]{p, spun});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return pairs;
    }

    public PairResult run(String name, String original, String spun) {
        Restoration r = engine.restore(spun);
        Score score = Scorer.score(original, r.text(), spun);
        // undefined F0.5: nothing to restore and nothing changed, which is as good as it gets
        double f05 = score.value(Metric.F05).orElse(1);
        return new PairResult(name, score.metrics().words().referenceLength(), score.baselineValue(Metric.WER).orElse(0),
                score.wer(), f05, r.editCount());
    }

    public List<Comparison> runAll(Path dir, Map<String, Baseline> baselines) {
        List<Comparison> out = new ArrayList<>();
        for (Map.Entry<String, Path[]> pair : pairs(dir).entrySet()) {
            try {
                String original = TextFiles.document(pair.getValue()[0], warning(pair.getValue()[0]));
                String spun = TextFiles.document(pair.getValue()[1], warning(pair.getValue()[1]));
                out.add(new Comparison(run(pair.getKey(), original, spun), baselines.get(pair.getKey())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read pair " + pair.getKey() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Consumer<String> warning(Path file) {
        return w -> System.err.println("warning: " + file + ": " + w);
    }

    /** Baseline file: TSV with header {@code pair restored_wer f05}, {@code #} comments. */
    public static Map<String, Baseline> readBaseline(Path file) {
        Map<String, Baseline> map = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return map;
        }
        try {
            List<String> lines = TextFiles.strictLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#") || l.startsWith("pair\t")) {
                    continue;
                }
                String[] c = l.split("\t");
                if (c.length < 3) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected pair, restored_wer, f05");
                }
                map.put(c[0], new Baseline(Double.parseDouble(c[1]), Double.parseDouble(c[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read baseline " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("baseline " + file + " holds a value that is not a number: " + e.getMessage(), e);
        }
        return map;
    }

    public static void writeBaseline(Path file, List<Comparison> results) {
        StringBuilder b = new StringBuilder("# restored WER (percent) and edit F0.5 per pair; written by: unspin regress --update-baseline\n");
        b.append("pair\trestored_wer\tf05\n");
        for (Comparison c : results) {
            b.append(c.result().name()).append('\t').append(String.format(Locale.ROOT, "%.2f", c.result().restoredWer()))
                    .append('\t').append(String.format(Locale.ROOT, "%.4f", c.result().f05())).append('\n');
        }
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** The per-pair and total table. */
    public static String table(List<Comparison> results) {
        StringBuilder b = new StringBuilder();
        // the name column is as wide as the longest pair name, so the figures stay in columns
        int width = Math.max(28, results.stream().mapToInt(c -> c.result().name().length()).max().orElse(0));
        String name = "%-" + width + "s";
        b.append(String.format(Locale.ROOT, name + " %7s %9s %9s %7s %9s %9s  %s%n", "pair", "words", "spun WER", "rest. WER", "F0.5",
                "dWER", "dF0.5", "verdict"));
        long words = 0;
        double spunErr = 0;
        double restErr = 0;
        int worse = 0;
        int unmatched = 0;
        for (Comparison c : results) {
            PairResult r = c.result();
            String dWer = c.baseline() == null ? "new" : String.format(Locale.ROOT, "%+.2f", r.restoredWer() - c.baseline().restoredWer());
            String dF = c.baseline() == null ? "new" : String.format(Locale.ROOT, "%+.4f", r.f05() - c.baseline().f05());
            b.append(String.format(Locale.ROOT, name + " %7d %8.2f%% %8.2f%% %7.4f %9s %9s  %s%n", r.name(), r.words(), r.spunWer(),
                    r.restoredWer(), r.f05(), dWer, dF, c.worse() ? "WORSE" : "ok"));
            words += r.words();
            spunErr += r.spunWer() * r.words();
            restErr += r.restoredWer() * r.words();
            worse += c.worse() ? 1 : 0;
            unmatched += c.baseline() == null ? 1 : 0;
        }
        if (words > 0) {
            String verdict = unmatched == results.size() ? "no pair has a baseline to compare with"
                    : String.format(Locale.ROOT, "%d of %d pairs worse than the baseline%s", worse, results.size() - unmatched,
                    unmatched == 0 ? "" : ", " + unmatched + " new");
            b.append(String.format(Locale.ROOT, name + " %7d %8.2f%% %8.2f%%  %s%n", "total", words,
                    spunErr / words, restErr / words, verdict));
        }
        return b.toString();
    }
}
