package org.unspin.cli;

import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unspin.score.EditAnnotation;
import org.unspin.score.Score;
import org.unspin.score.Scorer;
import org.unspin.score.report.ReportFormat;

import org.unspin.report.RestorationReport;
import org.unspin.workflow.SpinDetector;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the original wording of a spun text and prints it (or, with --batch, of every file "
                + "of a folder whose name ends in .txt); --format html writes a report page of the edits and the spin "
                + "risk, and with --original scores the restoration against the original.")
public final class RestoreCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json ({\"text\": ..., \"edits\": [...]}) or html (a report page: the copy and "
                    + "its restoration side by side, the numbered edits, the spin risk; with --original also the "
                    + "metrics and each edit's outcome). With --original, text and json are the score report.")
    Format format = Format.text;

    @Option(names = "--original", paramLabel = "O", description = "The original text: restore, then score the restoration against it.")
    String original;


    @Option(names = "--assume-spun", description = "The text is known to be a spun copy: weak restorations need no further evidence.")
    boolean assumeSpun;

    @Option(names = "--batch", paramLabel = "DIR",
            description = "Restore every .txt file under DIR (with --out) on several threads sharing one engine.")
    Path batch;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Write to FILE instead of standard output; with --batch, the folder where the restored files "
                    + "(same relative names; .json with --format json) and " + BatchRestorer.SUMMARY + " go.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: worker threads (default: all processors).")
    Integer threads;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text to restore; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        if (batch != null || threads != null) {
            return batch();
        }
        String input = InputFiles.read(file);
        Unspinner unspinner = engine.build();
        Restoration r = unspinner.restore(input, new RestoreOptions(assumeSpun, Runtime.getRuntime().availableProcessors()));
        Optional<Score> score = original == null ? Optional.empty()
                : Optional.of(score(InputFiles.read(original), r));
        String result;
        if (format == Format.html) {
            SpinDetector.SpinRisk risk = new SpinDetector(unspinner).assess(input, r);
            result = new RestorationReport(file == null || file.equals("-") ? "standard input" : file, r, risk,
                    Optional.ofNullable(original), score, OffsetDateTime.now()).html();
        } else if (score.isPresent()) {
            result = ReportFormat.named(format.name()).orElseThrow().render(score.get());
        } else if (format == Format.json) {
            result = JsonOutput.MAPPER.writeValueAsString(JsonOutput.restoration(r, false)) + "\n";
        } else {
            result = r.text().isEmpty() || r.text().endsWith("\n") ? r.text() : r.text() + "\n"; // empty in, empty out
        }
        CommandOutput.write(out, result);
        return 0;
    }

    /** The restoration against the original, with the engine's rule and lexicon line on each of its edits. */
    private static Score score(String originalText, Restoration r) {
        List<EditAnnotation> notes = r.edits().stream()
                .map(e -> new EditAnnotation(e.start(), e.end(), e.before(), e.after(), e.rule(),
                        e.source() == null ? "(built-in: " + e.stage() + ")" : e.source())).toList();
        return Scorer.score(originalText, r.text(), r.input(), notes);
    }

    private int batch() throws Exception {
        if (batch == null) {
            throw new UsageException("--threads works only with --batch DIR");
        }
        if (out == null) {
            throw new UsageException("--batch needs --out DIR: where the restored files go");
        }
        if (file != null) {
            throw new UsageException("give either FILE or --batch DIR, not both");
        }
        if (format == Format.html || original != null) {
            throw new UsageException("--batch writes restored text or json; --format html and --original take one FILE");
        }
        if (!Files.isDirectory(batch)) {
            throw new UsageException(batch + ": " + (Files.exists(batch) ? "is not a directory" : "no such directory"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(out + ": exists and is not a directory");
        }
        if (Files.exists(out) && Files.isSameFile(batch, out)) {
            throw new UsageException("--out must differ from --batch: the restored files would replace the inputs");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        Unspinner unspinner = engine.build();
        BatchRestorer restorer = new BatchRestorer(unspinner, new RestoreOptions(assumeSpun), format == Format.json, workers);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BatchRestorer.Summary summary = restorer.run(batch, out, new BatchRestorer.BatchProgress(err, System.console() != null));
        List<BatchRestorer.Result> failures = summary.failures();
        double seconds = Math.max(summary.millis(), 1) / 1000.0;
        err.printf("unspin: restored %d of %d files (%d tokens, %d edits) in %.1f s with %d thread%s, %s tokens/s; summary in %s%n",
                summary.results().size() - failures.size(), summary.results().size(), summary.tokens(), summary.edits(), seconds,
                workers, workers == 1 ? "" : "s", BatchRestorer.BatchProgress.formatCount(summary.tokens() / seconds),
                out.resolve(BatchRestorer.SUMMARY));
        for (BatchRestorer.Result r : summary.results()) {
            if (r.warning() != null) {
                err.println("warning: " + r.name() + ": " + r.warning());
            }
        }
        if (!failures.isEmpty()) {
            err.printf("unspin: %d file%s failed:%n", failures.size(), failures.size() == 1 ? "" : "s");
            for (BatchRestorer.Result r : failures) {
                err.println("  " + r.name() + ": " + r.error());
            }
            return 1;
        }
        return 0;
    }
}
