package org.unspin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import org.unspin.workflow.SpinDetector;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Restores every {@code .txt} file under a folder into an output folder (same relative paths),
 * on several threads sharing one engine, and writes {@value #SUMMARY} there: one JSON line per
 * file with its name, tokens, edits, milliseconds, whether the rules judged it spun and its
 * spin-risk score, or its error. A file that cannot be read or
 * restored is recorded as a failure and the others go on.
 */
final class BatchRestorer {

    static final String SUMMARY = "summary.jsonl";

    /**
     * The outcome for one input file; {@code error} is null when it was restored, and then
     * {@code spun} says whether the rules judged it spun and {@code spinRisk} is its spin-risk score.
     */
    record Result(String name, long bytes, int tokens, int edits, long millis, String error, String warning,
                  boolean spun, double spinRisk) {
        boolean failed() {
            return error != null;
        }
    }

    /** All results in file-name order. */
    record Summary(List<Result> results, long millis) {
        List<Result> failures() {
            return results.stream().filter(Result::failed).toList();
        }

        long tokens() {
            return results.stream().mapToLong(Result::tokens).sum();
        }

        long edits() {
            return results.stream().mapToLong(Result::edits).sum();
        }
    }

    private final Unspinner engine;
    private final SpinDetector detector;
    private final RestoreOptions options;
    private final boolean json;
    private final int threads;

    BatchRestorer(Unspinner engine, RestoreOptions options, boolean json, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.engine = engine;
        this.detector = new SpinDetector(engine);
        this.options = options;
        this.json = json;
        this.threads = threads;
    }

    /** One input: a path under the input folder, or a path that could not even be listed. */
    private record Input(Path path, String name, long bytes, String listingError) { }

    /** Restores the folder; {@code progress} sees every finished file (from worker threads). */
    Summary run(Path inDir, Path outDir, BatchProgress progress) throws IOException {
        long started = System.nanoTime();
        List<Input> inputs = list(inDir, outDir);
        Files.createDirectories(outDir);
        progress.start(inputs.size(), inputs.stream().mapToLong(Input::bytes).sum());
        List<Result> results = new ArrayList<>(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unspin-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>(inputs.size());
            for (Input input : inputs) {
                futures.add(pool.submit(() -> {
                    Result r = restoreOne(input, outDir);
                    progress.done(r);
                    return r;
                }));
            }
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        writeSummary(outDir.resolve(SUMMARY), results);
        return new Summary(results, (System.nanoTime() - started) / 1_000_000);
    }

    private Result restoreOne(Input input, Path outDir) {
        if (input.listingError() != null) {
            return new Result(input.name(), 0, 0, 0, 0, input.listingError(), null, false, 0);
        }
        long t0 = System.nanoTime();
        try {
            if (Files.isDirectory(input.path())) {
                throw new IOException("is a directory, not a file");
            }
            byte[] bytes = Files.readAllBytes(input.path());
            String[] warning = new String[1];
            String text = InputFiles.decode(bytes, w -> warning[0] = w);
            Restoration r = engine.restore(text, options);
            // the risk reuses the restoration when it was made as the detector makes it (not declared spun)
            double risk = (options.assumeSpun() ? detector.assess(text) : detector.assess(text, r)).score();
            Path out = outDir.resolve(json ? input.name().replaceFirst("(?i)\\.txt$", ".json") : input.name());
            Files.createDirectories(out.getParent());
            if (json) {
                Files.writeString(out, JsonOutput.MAPPER.writeValueAsString(JsonOutput.restoration(r, false)) + "\n",
                        StandardCharsets.UTF_8);
            } else {
                Files.writeString(out, r.text(), StandardCharsets.UTF_8);
            }
            return new Result(input.name(), bytes.length, r.tokens(), r.editCount(), (System.nanoTime() - t0) / 1_000_000,
                    null, warning[0], r.documentSpun(), risk);
        } catch (IOException | UncheckedIOException e) {
            return failure(input, t0, message(e));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // One pathological file must not end the run: say what it did and go on.
            return failure(input, t0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Result failure(Input input, long t0, String error) {
        return new Result(input.name(), input.bytes(), 0, 0, (System.nanoTime() - t0) / 1_000_000, error, null, false, 0);
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = cause.getMessage();
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return m == null ? cause.getClass().getSimpleName() : m;
    }

    /**
     * Every .txt path under the folder, sorted by name, skipping the output folder when it lies
     * inside. A directory named *.txt is listed too (and fails): it was meant to be a file.
     */
    private static List<Input> list(Path inDir, Path outDir) throws IOException {
        List<Input> inputs = new ArrayList<>();
        Path skip = outDir.toAbsolutePath().normalize();
        Files.walkFileTree(inDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(inDir) && dir.toAbsolutePath().normalize().equals(skip)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(inDir) && isTxt(dir)) {
                    inputs.add(new Input(dir, nameOf(inDir, dir), 0, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isTxt(file)) {
                    inputs.add(new Input(file, nameOf(inDir, file), attrs.size(), null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable folder may hold .txt files: report it rather than pass over it.
                if (isTxt(file) || Files.isDirectory(file)) {
                    inputs.add(new Input(file, nameOf(inDir, file), 0, "cannot be read: " + message(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        inputs.sort(Comparator.comparing(Input::name));
        return inputs;
    }

    private static boolean isTxt(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static String nameOf(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static void writeSummary(Path file, List<Result> results) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Result r : results) {
                ObjectNode n = JsonOutput.MAPPER.createObjectNode();
                n.put("name", r.name());
                if (r.failed()) {
                    n.put("error", r.error());
                } else {
                    n.put("tokens", r.tokens());
                    n.put("edits", r.edits());
                    n.put("milliseconds", r.millis());
                    n.put("spun", r.spun());
                    n.put("spinRisk", r.spinRisk());
                    if (r.warning() != null) {
                        n.put("warning", r.warning());
                    }
                }
                w.write(JsonOutput.COMPACT.writeValueAsString(n));
                w.write('\n');
            }
        }
    }

    /**
     * Progress on stderr: on a terminal a bar redrawn a few times a second with rate and time
     * left, otherwise (a log, a pipe) a plain line every few seconds.
     */
    static final class BatchProgress {
        private final PrintStream err;
        private final boolean terminal;
        private final long intervalMillis;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong tokens = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private int totalFiles;
        private long totalBytes;
        private long startNanos;
        private Thread ticker;
        private int lastWidth;

        BatchProgress(PrintStream err, boolean terminal) {
            this(err, terminal, terminal ? 200 : 5000);
        }

        BatchProgress(PrintStream err, boolean terminal, long intervalMillis) {
            this.err = err;
            this.terminal = terminal;
            this.intervalMillis = intervalMillis;
        }

        /** No output at all (tests, library use). */
        static BatchProgress silent() {
            return new BatchProgress(null, false, Long.MAX_VALUE);
        }

        void start(int totalFiles, long totalBytes) {
            this.totalFiles = totalFiles;
            this.totalBytes = totalBytes;
            this.startNanos = System.nanoTime();
            if (err == null) {
                return;
            }
            ticker = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(intervalMillis);
                        print(false);
                    }
                } catch (InterruptedException e) {
                    // finished
                }
            }, "unspin-progress");
            ticker.setDaemon(true);
            ticker.start();
        }

        void done(Result r) {
            bytes.addAndGet(r.bytes());
            tokens.addAndGet(r.tokens());
            if (r.failed()) {
                failed.incrementAndGet();
            }
            files.incrementAndGet();
        }

        void finish() {
            if (ticker != null) {
                ticker.interrupt();
                try {
                    ticker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                print(true);
            }
        }

        private synchronized void print(boolean last) {
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            int done = files.get();
            long doneBytes = bytes.get();
            double fraction = totalBytes > 0 ? (double) doneBytes / totalBytes : totalFiles == 0 ? 1 : (double) done / totalFiles;
            String rate = formatCount(tokens.get() / seconds) + " tokens/s";
            String eta = fraction <= 0 ? "--:--" : formatDuration(seconds * (1 - fraction) / fraction);
            String failures = failed.get() == 0 ? "" : ", " + failed.get() + " failed";
            if (terminal) {
                int width = 30;
                int filled = (int) Math.round(Math.min(1, fraction) * width);
                String line = String.format("[%s%s] %3d%% %d/%d files%s  %s  ETA %s", "#".repeat(filled), "-".repeat(width - filled),
                        Math.round(fraction * 100), done, totalFiles, failures, rate, last ? "0:00" : eta);
                err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
                lastWidth = line.length();
                if (last) {
                    err.println();
                }
            } else if (!last) {
                err.printf("unspin: %d/%d files (%d%%)%s, %s, ETA %s%n", done, totalFiles, Math.round(fraction * 100), failures, rate, eta);
            }
            err.flush();
        }

        static String formatCount(double n) {
            if (n >= 1e6) {
                return String.format("%.2fM", n / 1e6);
            }
            if (n >= 1e3) {
                return String.format("%.1fk", n / 1e3);
            }
            return String.format("%.0f", n);
        }

        static String formatDuration(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
        }
    }
}
