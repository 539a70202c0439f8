package org.unspin.cli;

import org.unspin.score.Score;
import org.unspin.score.Scorer;
import org.unspin.Version;
import org.unspin.score.report.HtmlPage;
import org.unspin.score.report.HtmlReport;
import org.unspin.score.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code unspin score}: how close a candidate (restored) text is to the original, with the spun
 * text as baseline. Usage problems and unreadable files end with exit code 2 and one line on
 * stderr.
 */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        customSynopsis = {
                "unspin score --original O --candidate C [--spun S]",
                "                    [--format text|json|html] [--out FILE]"},
        description = "Scores a candidate (restored) text against the original: WER, CER, BLEU and chrF, and with "
                + "--spun also edit precision, recall and F0.5, each beside the spun text's value. Texts may be "
                + "running text or one token per line.",
        exitCodeOnInvalidInput = ScoreCommand.USAGE_ERROR)
public final class ScoreCommand implements Callable<Integer> {

    static final int USAGE_ERROR = 2;

    // Options take their value optionally and unknown arguments are collected, so that the parser
    // accepts any command line and call() reports bad usage in one line instead of the help page.

    @Option(names = "--original", paramLabel = "O", hideParamSyntax = true, arity = "0..1", fallbackValue = "",
            description = "The original text (the reference).")
    String original;

    @Option(names = "--candidate", paramLabel = "C", hideParamSyntax = true, arity = "0..1", fallbackValue = "",
            description = "The text to score, e.g. the restored one.")
    String candidate;

    @Option(names = "--spun", paramLabel = "S", hideParamSyntax = true, arity = "0..1", fallbackValue = "",
            description = "The spun text: baseline and source of the edits.")
    String spun;

    @Option(names = "--format", paramLabel = "text|json|html", hideParamSyntax = true, arity = "0..1",
            fallbackValue = "", defaultValue = "text", description = "Report format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", hideParamSyntax = true, arity = "0..1", fallbackValue = "",
            description = "Write the report to FILE instead of stdout.")
    String out;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (!unmatched.isEmpty()) {
                throw new UsageException("unknown argument '" + unmatched.get(0) + "'");
            }
            ReportFormat reportFormat = ReportFormat.named(format)
                    .orElseThrow(() -> new UsageException("--format must be text, json or html, not '" + format + "'"));
            String originalText = read(file(original, "--original"));
            String candidateText = read(file(candidate, "--candidate"));
            Optional<String> spunText = spun == null ? Optional.empty() : Optional.of(read(file(spun, "--spun")));
            Score score = spunText.isPresent()
                    ? Scorer.score(originalText, candidateText, spunText.get())
                    : Scorer.score(originalText, candidateText);
            write(reportFormat == ReportFormat.HTML ? HtmlReport.render(score, facts()) : reportFormat.render(score));
            return 0;
        } catch (UsageException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("unspin score: " + e.getMessage() + " (see unspin score --help)");
            err.flush();
            return USAGE_ERROR;
        }
    }

    /** The header of the HTML page: which files, when, by which version. */
    private List<HtmlPage.Fact> facts() {
        List<HtmlPage.Fact> facts = new ArrayList<>();
        facts.add(new HtmlPage.Fact("original", original));
        facts.add(new HtmlPage.Fact("candidate", candidate));
        if (spun != null) {
            facts.add(new HtmlPage.Fact("spun", spun));
        }
        facts.add(new HtmlPage.Fact("date", OffsetDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT))));
        facts.add(new HtmlPage.Fact("engine", Version.describe()));
        return facts;
    }

    private static Path file(String name, String option) {
        if (name == null) {
            throw new UsageException("missing " + option);
        }
        if (name.isBlank()) {
            throw new UsageException(option + " needs a file name");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a file name: " + name);
        }
    }

    /** A document, read as every command reads one (see {@link InputFiles}). */
    private static String read(Path path) {
        try {
            return InputFiles.read(path.toString());
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + reason(e));
        }
    }

    private void write(String report) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
            return;
        }
        Path target = file(out, "--out");
        try {
            Files.writeString(target, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
