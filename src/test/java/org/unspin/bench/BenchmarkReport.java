package org.unspin.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.unspin.tokenize.EnglishTokenizer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs every benchmark and prints the figures with the targets they are held to: restore and
 * bare-scan throughput per document size (wall and CPU time), their ratio, allocation per token,
 * the same on clean prose, start-up, the 1M-token document under a 512 MB heap, the command line
 * from a cold JVM, and the batch speed-up from 1 to 2 threads. Run it with {@code bench/run}
 * (options: {@code --quick}, {@code --sizes 1000,100000},
 * {@code --skip throughput,clean,startup,heap,cli,batch,e2e}). The report is also written to
 * {@code target/benchmark-report.txt}.
 */
public final class BenchmarkReport {

    private static final double TARGET_TOKENS_PER_SECOND = 500_000;
    private static final double TARGET_RATIO = 0.2;
    private static final double TARGET_CLI_SECONDS = 3.0;
    private static final double TARGET_BATCH_SPEEDUP = 1.6;
    private static final double TARGET_E2E_DOCUMENT = 400_000;
    private static final double TARGET_E2E_BATCH = 300_000;
    private static final int HEAP_CHECK_TOKENS = 1_000_000;

    private final boolean quick;
    private final List<String> sizes;
    private final List<String> skip;
    private final StringBuilder report = new StringBuilder();
    private final List<String> verdicts = new ArrayList<>();

    private BenchmarkReport(boolean quick, List<String> sizes, List<String> skip) {
        this.quick = quick;
        this.sizes = sizes;
        this.skip = skip;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        List<String> sizes = List.of("1000", "10000", "100000", "1000000");
        List<String> skip = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--sizes" -> sizes = List.of(args[++i].split(","));
                case "--skip" -> skip = List.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: bench/run [--quick] [--sizes 1000,10000,...] [--skip throughput,clean,startup,heap,cli,batch,e2e]");
                    System.exit(2);
                }
            }
        }
        new BenchmarkReport(quick, sizes, skip).run();
    }

    private void run() throws Exception {
        line("Unspin benchmarks, " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line("machine: " + machine());
        line("load average at start: " + loadAverage() + (quick ? "   (--quick: short runs, rough figures)" : ""));
        line("");
        if (!skip.contains("throughput")) {
            throughput();
        }
        if (!skip.contains("clean")) {
            cleanProse();
        }
        if (!skip.contains("startup")) {
            startup();
        }
        if (!skip.contains("heap")) {
            heap();
        }
        if (!skip.contains("cli")) {
            commandLine();
        }
        if (!skip.contains("batch")) {
            batch();
        }
        if (!skip.contains("e2e")) {
            endToEnd();
        }
        line("load average at end: " + loadAverage());
        line("");
        line("Targets");
        verdicts.forEach(v -> line("  " + v));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-report.txt"), report.toString(), StandardCharsets.UTF_8);
    }

    // ---- restore and scan throughput ------------------------------------------------------

    private void throughput() throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(RestoreBenchmark.class.getName() + "\\.")
                .param("tokens", sizes.toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(false)
                .verbosity(VerboseMode.SILENT);
        if (quick) {
            o.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(o.build()).run();
        Map<Integer, RunResult> restore = new TreeMap<>();
        Map<Integer, RunResult> scan = new TreeMap<>();
        for (RunResult r : results) {
            int tokens = Integer.parseInt(r.getParams().getParam("tokens"));
            (r.getParams().getBenchmark().endsWith(".restore") ? restore : scan).put(tokens, r);
        }
        line("Restore vs bare lexicon scan (tokenize + trie), one thread, warm (JMH average time per document, "
                + (quick ? "1x1 s warm-up, 2x1 s" : "8x2 s warm-up, 5x2 s") + " measurement, heap 2 GB, parallel GC)");
        line(String.format("%10s | %16s %14s | %16s %14s | %13s | %16s", "tokens", "restore tok/s", "(CPU time)",
                "scan tok/s", "(CPU time)", "restore/scan", "alloc B/token"));
        line(String.format("%10s | %16s %14s | %16s %14s | %13s | %16s", "", "wall +- 99.9%", "", "wall", "", "(CPU time)",
                "restore / scan"));
        Map<Integer, Double> cpuNanosPerToken = new TreeMap<>();
        for (String size : sizes) {
            int tokens = Integer.parseInt(size);
            RunResult r = restore.get(tokens);
            RunResult s = scan.get(tokens);
            if (r == null) {
                line(String.format("%,10d | %s", tokens, "restore did not complete (see the JMH output above)"));
                continue;
            }
            double restoreWall = perSecond(tokens, r.getPrimaryResult().getScore());
            double restoreError = restoreWall * relativeError(r.getPrimaryResult());
            double restoreCpu = perSecond(tokens, cpuMicrosPerOp(r));
            cpuNanosPerToken.put(tokens, 1e3 * cpuMicrosPerOp(r) / tokens);
            String scanWall = s == null ? "-" : count(perSecond(tokens, s.getPrimaryResult().getScore()));
            String scanCpu = s == null ? "-" : count(perSecond(tokens, cpuMicrosPerOp(s)));
            String ratio = s == null ? "-" : String.format("%.2f (%.2f)", s.getPrimaryResult().getScore() / r.getPrimaryResult().getScore(),
                    cpuMicrosPerOp(s) / cpuMicrosPerOp(r));
            String alloc = String.format("%,.0f / %s", allocPerOp(r) / tokens, s == null ? "-" : String.format("%,.0f", allocPerOp(s) / tokens));
            line(String.format("%,10d | %9s +-%5s %14s | %16s %14s | %13s | %16s", tokens, count(restoreWall), count(restoreError),
                    count(restoreCpu), scanWall, scanCpu, ratio, alloc));
        }
        line("");
        RunResult r100k = restore.get(100_000);
        RunResult s100k = scan.get(100_000);
        if (r100k != null) {
            double wall = perSecond(100_000, r100k.getPrimaryResult().getScore());
            double cpu = perSecond(100_000, cpuMicrosPerOp(r100k));
            verdict(cpu >= TARGET_TOKENS_PER_SECOND, String.format("restore >= 500k tokens/s on one core (100k tokens): %s tokens/s CPU time, %s wall",
                    count(cpu), count(wall)));
            if (s100k != null) {
                double ratio = cpuMicrosPerOp(s100k) / cpuMicrosPerOp(r100k);
                verdict(ratio >= TARGET_RATIO, String.format("restore >= 0.2 x bare scan (100k tokens): %.2f (CPU time), %.2f (wall)", ratio,
                        s100k.getPrimaryResult().getScore() / r100k.getPrimaryResult().getScore()));
            }
        }
        if (cpuNanosPerToken.size() >= 2) {
            double min = cpuNanosPerToken.values().stream().mapToDouble(d -> d).min().orElse(1);
            double max = cpuNanosPerToken.values().stream().mapToDouble(d -> d).max().orElse(1);
            verdict(max / min <= 1.5, String.format("cost per token flat across sizes (max/min <= 1.5): %s ns/token CPU time, max/min %.2f",
                    cpuNanosPerToken.entrySet().stream().map(e -> String.format("%,d: %.0f", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")), max / min));
        }
    }

    private static double perSecond(int tokens, double microsPerOp) {
        return tokens / (microsPerOp / 1e6);
    }

    private static double relativeError(Result<?> r) {
        double e = r.getScoreError();
        return Double.isNaN(e) ? 0 : e / r.getScore();
    }

    private static double cpuMicrosPerOp(RunResult r) {
        Map<String, Result> secondary = r.getSecondaryResults();
        return secondary.get("cpuNanos").getScore() / secondary.get("calls").getScore() / 1e3;
    }

    private static double allocPerOp(RunResult r) {
        return r.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .map(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }

    // ---- the same on prose that was never spun ---------------------------------------------

    private void cleanProse() throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(CleanProseBenchmark.class.getName() + "\\.")
                .shouldFailOnError(false)
                .verbosity(VerboseMode.SILENT);
        if (quick) {
            o.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        RunResult restore = null;
        RunResult scan = null;
        for (RunResult r : new Runner(o.build()).run()) {
            if (r.getParams().getBenchmark().endsWith(".restore")) {
                restore = r;
            } else {
                scan = r;
            }
        }
        int tokens = new EnglishTokenizer(Set::of).tokenize(CleanProseBenchmark.text()).size();
        line(String.format("Clean prose, never spun (the precision tests' corpus: reference original and WordNet glosses, %,d tokens)", tokens));
        if (restore == null || scan == null) {
            line("  did not complete (see the JMH output above)");
        } else {
            line(String.format("  restore %s tokens/s (CPU time %s), scan %s (CPU time %s), restore/scan %.2f (CPU time %.2f)",
                    count(perSecond(tokens, restore.getPrimaryResult().getScore())), count(perSecond(tokens, cpuMicrosPerOp(restore))),
                    count(perSecond(tokens, scan.getPrimaryResult().getScore())), count(perSecond(tokens, cpuMicrosPerOp(scan))),
                    scan.getPrimaryResult().getScore() / restore.getPrimaryResult().getScore(), cpuMicrosPerOp(scan) / cpuMicrosPerOp(restore)));
        }
        line("");
    }

    // ---- start-up -------------------------------------------------------------------------

    private void startup() throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder().include(StartupBenchmark.class.getName() + "\\.")
                .shouldFailOnError(false).verbosity(VerboseMode.SILENT);
        if (quick) {
            o.forks(1);
        }
        Map<String, Result<?>> byName = new TreeMap<>();
        for (RunResult r : new Runner(o.build()).run()) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult());
        }
        line("Start-up (fresh JVM per measurement, single shot; ms +- 99.9%)");
        line(String.format("  engine start-up, Unspinner.withDefaults() (WordNet + lexicon + rules): %s", ms(byName.get("engineStartup"))));
        line(String.format("  rule base build, first in its JVM:                                    %s", ms(byName.get("ruleBaseBuild"))));
        line(String.format("  rule base rebuild, warm (reload):                                     %s", ms(byName.get("ruleBaseRebuild"))));
        line("");
    }

    private static String ms(Result<?> r) {
        if (r == null) {
            return "-";
        }
        double e = r.getScoreError();
        return String.format("%,.0f ms%s", r.getScore(), Double.isNaN(e) ? "" : String.format(" +- %,.0f", e));
    }

    // ---- 1M tokens under 512 MB -----------------------------------------------------------

    private void heap() throws IOException, InterruptedException {
        line("Memory: one " + String.format("%,d", HEAP_CHECK_TOKENS) + "-token document");
        String at512 = java("-Xmx512m", HeapCheck.class.getName(), String.valueOf(HEAP_CHECK_TOKENS));
        String at2g = java("-Xmx2g", HeapCheck.class.getName(), String.valueOf(HEAP_CHECK_TOKENS));
        line("  -Xmx512m: " + describeHeap(at512));
        line("  -Xmx2g:   " + describeHeap(at2g));
        line("");
        verdict(at512.startsWith("ok"), "1M-token document under a 512 MB heap: " + describeHeap(at512)
                + (at512.startsWith("ok") ? "" : "; with 2 GB: " + describeHeap(at2g)));
    }

    private static String describeHeap(String line) {
        String[] f = line.trim().split(" ");
        if (f.length == 4 && f[0].equals("ok")) {
            return String.format("restored in %,d ms, peak live heap %s MB (engine included)", Long.parseLong(f[2]), f[3]);
        }
        return f[0].equals("out-of-memory") ? "OutOfMemoryError" : "failed: " + line.trim();
    }

    // ---- the command line from a cold JVM -------------------------------------------------

    private void commandLine() throws IOException, InterruptedException {
        List<String> cmd = List.of("./unspin", "restore", "examples/cnbc-small-caps/spun.txt");
        run(cmd); // builds target/unspin.jar if it is missing or stale; not timed
        int runs = quick ? 3 : 5;
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run(cmd);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        line(String.format("Command line, cold JVM: %s  (%d runs)", String.join(" ", cmd), runs));
        line(String.format("  wall: median %.2f s, min %.2f s, max %.2f s", median, seconds[0], seconds[runs - 1]));
        line("");
        verdict(median < TARGET_CLI_SECONDS, String.format("./unspin restore of the reference text under 3 s from a cold JVM: median %.2f s (min %.2f s)",
                median, seconds[0]));
    }

    // ---- batch ----------------------------------------------------------------------------

    private void batch() throws RunnerException, IOException {
        ChainedOptionsBuilder o = new OptionsBuilder().include("org\\.unspin\\.cli\\.BatchBenchmark\\.")
                .shouldFailOnError(false).verbosity(VerboseMode.SILENT);
        if (quick) {
            o.warmupIterations(1).measurementIterations(1);
        }
        Map<Integer, Result<?>> byThreads = new TreeMap<>();
        for (RunResult r : new Runner(o.build()).run()) {
            byThreads.put(Integer.parseInt(r.getParams().getParam("threads")), r.getPrimaryResult());
        }
        Path root = Path.of("target", "bench-batch");
        long documents;
        try (Stream<Path> s = Files.list(root.resolve("in"))) {
            documents = s.count();
        }
        long tokens = batchTokens(root.resolve("out-1").resolve("summary.jsonl"));
        line(String.format("Batch: restore --batch over %,d documents (%,d tokens), one shared engine, warm", documents, tokens));
        for (Map.Entry<Integer, Result<?>> e : byThreads.entrySet()) {
            double seconds = e.getValue().getScore() / 1e3;
            line(String.format("  %d thread%s: %.2f s per folder, %,.0f documents/s, %s tokens/s", e.getKey(), e.getKey() == 1 ? " " : "s",
                    seconds, documents / seconds, count(tokens / seconds)));
        }
        Result<?> one = byThreads.get(1);
        Result<?> two = byThreads.get(2);
        if (one != null && two != null) {
            double speedup = one.getScore() / two.getScore();
            Optional<String> difference = firstDifference(root.resolve("out-1"), root.resolve("out-2"));
            line(String.format("  speed-up 2 vs 1 thread: %.2fx; outputs %s", speedup,
                    difference.map(d -> "DIFFER: " + d).orElse("identical")));
            verdict(speedup >= TARGET_BATCH_SPEEDUP && difference.isEmpty(),
                    String.format("batch with 2 threads >= 1.6x 1 thread, identical outputs: %.2fx, %s", speedup,
                            difference.isEmpty() ? "identical" : "different"));
        }
        line("");
    }

    private static long batchTokens(Path summary) throws IOException {
        long total = 0;
        for (String l : Files.readAllLines(summary)) {
            int at = l.indexOf("\"tokens\":");
            if (at >= 0) {
                int end = at + 9;
                while (end < l.length() && Character.isDigit(l.charAt(end))) {
                    end++;
                }
                total += Long.parseLong(l.substring(at + 9, end));
            }
        }
        return total;
    }

    /** The first file that differs between the two output folders (summary timings aside). */
    private static Optional<String> firstDifference(Path a, Path b) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.sorted().toList();
        }
        try (Stream<Path> s = Files.list(b)) {
            if (s.count() != files.size()) {
                return Optional.of("different numbers of files");
            }
        }
        for (Path f : files) {
            Path other = b.resolve(f.getFileName().toString());
            if (!Files.exists(other)) {
                return Optional.of(f.getFileName() + " missing");
            }
            String x = Files.readString(f);
            String y = Files.readString(other);
            if (f.getFileName().toString().equals("summary.jsonl")) {
                x = x.replaceAll("\"milliseconds\":\\d+", "");
                y = y.replaceAll("\"milliseconds\":\\d+", "");
            }
            if (!x.equals(y)) {
                return Optional.of(f.getFileName().toString());
            }
        }
        return Optional.empty();
    }

    // ---- end to end, as a user runs it ------------------------------------------------------

    /** One timed command: wall seconds, CPU seconds of the process (user + system), its stderr. */
    private record Timed(double wall, double cpu, String err, String load) { }

    private void endToEnd() throws IOException, InterruptedException {
        int runs = quick ? 1 : 3;
        Path big = BenchFiles.bigDocument();
        Path in = BenchFiles.batchFolder();
        Path work = Path.of("target", "bench-e2e");
        Path sentence = work.resolve("sentence.txt");
        Files.writeString(sentence, "The Federal Reservoir chair survived a killing try.\n");
        Path tiny = Files.createDirectories(work.resolve("tiny-batch"));
        Files.copy(sentence, tiny.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // not timed: builds the jar and the class-data archives if they are missing or stale
        timed(List.of("./unspin", "restore", sentence.toString()));
        timed(List.of("./unspin", "restore", "--batch", tiny.toString(), "--out", work.resolve("tiny-out").toString()));
        line("End to end, as a user runs it (./unspin, a fresh JVM per run; wall and CPU time of the whole");
        line("process, start-up included; CPU time counts every thread: JIT compilers, collector, loaders)");

        List<Timed> startups = new ArrayList<>();
        for (int i = 0; i < (quick ? 3 : 5); i++) {
            startups.add(timed(List.of("./unspin", "restore", sentence.toString())));
        }
        line(String.format("  start-up, ./unspin restore of one sentence:    %s", describe(startups, 0)));

        List<Timed> document = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            document.add(timed(List.of("./unspin", "restore", "--out", work.resolve("doc-1m.out").toString(), big.toString())));
        }
        double documentRate = BenchFiles.BIG_TOKENS / median(document, Timed::wall);
        line(String.format("  ./unspin restore of %,d tokens (%.1f MB):  %s", BenchFiles.BIG_TOKENS, Files.size(big) / 1e6,
                describe(document, BenchFiles.BIG_TOKENS)));

        Map<Integer, List<Timed>> batches = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            for (int threads : new int[] {1, 2}) {
                Path out = work.resolve("batch-out-" + threads);
                batches.computeIfAbsent(threads, t -> new ArrayList<>()).add(timed(List.of("./unspin", "restore", "--batch",
                        in.toString(), "--out", out.toString(), "--threads", String.valueOf(threads))));
            }
        }
        long tokens = batchTokens(work.resolve("batch-out-1").resolve("summary.jsonl"));
        long documents;
        try (Stream<Path> s = Files.list(in)) {
            documents = s.count();
        }
        Map<Integer, Double> rates = new TreeMap<>();
        for (Map.Entry<Integer, List<Timed>> e : batches.entrySet()) {
            int threads = e.getKey();
            rates.put(threads, tokens / median(e.getValue(), Timed::wall));
            line(String.format("  cold --batch, %,d documents (%,d tokens), %d thread%s: %s", documents, tokens, threads,
                    threads == 1 ? " " : "s", describe(e.getValue(), tokens)));
            line(String.format("      the command's own rate (start-up excluded): %s", e.getValue().stream()
                    .map(t -> ownRate(t.err())).collect(Collectors.joining(", "))));
        }
        Optional<String> difference = firstDifference(work.resolve("batch-out-1"), work.resolve("batch-out-2"));
        double speedup = rates.get(2) / rates.get(1);
        line(String.format("  speed-up 2 vs 1 thread, end to end: %.2fx; outputs %s", speedup,
                difference.map(d -> "DIFFER: " + d).orElse("identical")));
        line("  load average during the runs: " + document.get(0).load() + " .. " + batches.get(2).get(batches.get(2).size() - 1).load());
        line("");
        verdict(documentRate >= TARGET_E2E_DOCUMENT, String.format(
                "./unspin restore of a 1M-token file >= 400k tokens/s end to end: %s tokens/s (median wall), CPU time %s tokens/s",
                count(documentRate), count(BenchFiles.BIG_TOKENS / median(document, Timed::cpu))));
        verdict(rates.get(2) >= TARGET_E2E_BATCH, String.format(
                "cold ./unspin restore --batch of 1,000 documents on 2 threads >= 300k tokens/s end to end: %s tokens/s",
                count(rates.get(2))));
        verdict(speedup >= TARGET_BATCH_SPEEDUP && difference.isEmpty(), String.format(
                "cold --batch, 2 threads >= 1.6x 1 thread (end to end), identical outputs: %.2fx (%s vs %s tokens/s), %s",
                speedup, count(rates.get(2)), count(rates.get(1)), difference.isEmpty() ? "identical" : "different"));
    }

    private static double median(List<Timed> runs, java.util.function.ToDoubleFunction<Timed> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** "wall 2.31 s (2.20 .. 2.50), CPU 3.10 s; 433k tokens/s wall, 323k per CPU-second" over the runs. */
    private static String describe(List<Timed> runs, long tokens) {
        double wall = median(runs, Timed::wall);
        double cpu = median(runs, Timed::cpu);
        String range = runs.size() < 2 ? "" : String.format(" (%.2f .. %.2f)", runs.stream().mapToDouble(Timed::wall).min().orElse(0),
                runs.stream().mapToDouble(Timed::wall).max().orElse(0));
        String rates = tokens == 0 ? "" : String.format("; %s tokens/s wall, %s per CPU-second", count(tokens / wall), count(tokens / cpu));
        return String.format("wall %.2f s%s, CPU %.2f s%s  [median of %d]", wall, range, cpu, rates, runs.size());
    }

    private static String ownRate(String err) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("in ([0-9.]+) s with \\d+ threads?, ([0-9.]+[kM]?) tokens/s").matcher(err);
        return m.find() ? m.group(2) + " tokens/s (" + m.group(1) + " s)" : "-";
    }

    /** Runs a command to its end; its CPU time is read from this JVM's reaped-children counters (Linux). */
    private static Timed timed(List<String> cmd) throws IOException, InterruptedException {
        String load = String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double cpu0 = childrenCpuSeconds();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue() + ": " + err);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Timed(wall, childrenCpuSeconds() - cpu0, err, load);
    }

    /** cutime + cstime of /proc/self/stat in seconds (clock ticks of 1/100 s), NaN off Linux. */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command name start at field 3 (state): cutime is field 16, cstime 17
            return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private void verdict(boolean met, String text) {
        verdicts.add((met ? "MET      " : "NOT MET  ") + text);
    }

    private void line(String s) {
        System.out.println(s);
        System.out.flush();
        report.append(s).append('\n');
    }

    private static String count(double n) {
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", n / 1e6);
        }
        if (n >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", n);
    }

    /** Runs a Java main class of this classpath in a fresh JVM and returns its last output line. */
    private static String java(String heap, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.MINUTES);
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue());
        }
    }

    private static String machine() {
        int cores = Runtime.getRuntime().availableProcessors();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count says enough
        }
        return String.format("%s%d cores, %d GB RAM, Java %s (%s)", cpu, cores, Math.round(memory / 1073741824.0),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.1f (other work on the machine slows wall-time figures; CPU-time figures less so)", load);
    }
}
