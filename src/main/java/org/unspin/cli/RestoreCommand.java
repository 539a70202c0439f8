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

import java.io.PrintStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores the original wording of a spun text and prints it.",
                "With --original, also scores the restoration against the original (report in --format)."})
public final class RestoreCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default) or json ({\"text\": ..., \"edits\": [...]}); with --original: the score report as text, json or html.")
    Format format = Format.text;

    @Option(names = "--original", paramLabel = "O", description = "The original text: restore, then score the restoration against it.")
    String original;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    java.nio.file.Path out;

    @Option(names = "--assume-spun", description = "The text is known to be a spun copy: weak restorations need no further evidence.")
    boolean assumeSpun;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text to restore; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        String input = InputFiles.read(file);
        Unspinner unspinner = engine.build();
        Restoration r = unspinner.restore(input, new RestoreOptions(assumeSpun));
        String result;
        if (original != null) {
            String originalText = InputFiles.read(original);
            List<EditAnnotation> notes = r.edits().stream()
                    .map(e -> new EditAnnotation(e.start(), e.end(), e.before(), e.after(), e.rule(),
                            e.source() == null ? "(built-in: " + e.stage() + ")" : e.source())).toList();
            Score score = Scorer.score(originalText, r.text(), input, notes);
            result = ReportFormat.named(format.name()).orElseThrow().render(score);
        } else if (format == Format.json) {
            result = JsonOutput.MAPPER.writeValueAsString(JsonOutput.restoration(r, false)) + "\n";
        } else if (format == Format.html) {
            throw new UsageException("--format html needs --original (it is the score report)");
        } else {
            result = r.text().endsWith("\n") ? r.text() : r.text() + "\n";
        }
        if (out != null) {
            java.nio.file.Files.writeString(out, result, StandardCharsets.UTF_8);
        } else {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(result);
            stdout.flush();
        }
        return 0;
    }
}
