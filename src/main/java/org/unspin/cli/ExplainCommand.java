package org.unspin.cli;

import org.unspin.Edit;
import org.unspin.NearMiss;
import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Lists every edit of a restoration with its rule, lexicon source and the context that allowed it.")
public final class ExplainCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--near-misses", description = "Also list the restorations the rules rejected, and why.")
    boolean nearMisses;

    @Option(names = "--assume-spun", description = "The text is known to be a spun copy.")
    boolean assumeSpun;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text to restore; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        String input = InputFiles.read(file);
        Restoration r = engine.build().restore(input, new RestoreOptions(assumeSpun, Runtime.getRuntime().availableProcessors()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("%d edits (%d restorations, %d scraping repairs); document %s%n", r.editCount(), r.restorationCount(),
                r.normalizationCount(), r.documentSpun() ? "shows spin: " + r.spinReason() : "shows no spin");
        int n = 0;
        for (Edit e : r.edits()) {
            n++;
            out.printf("%3d. [%d,%d) \"%s\" -> \"%s\"%n", n, e.start(), e.end(), oneLine(e.before()), oneLine(e.after()));
            out.printf("     rule: %s%n", e.rule());
            if (e.source() != null) {
                out.printf("     lexicon: %s%s%n", e.source(), e.entry() == null ? "" : "  (" + e.entry() + ")");
            } else if (e.entry() != null) {
                out.printf("     evidence: %s%n", e.entry());
            }
            out.printf("     confidence %.2f; %s%n", e.confidence(), e.reason());
        }
        if (nearMisses) {
            out.printf("%n%d near misses:%n", r.nearMisses().size());
            for (NearMiss m : r.nearMisses()) {
                out.printf("  [%d,%d) \"%s\" -> \"%s\"  %s%n     rule: %s; %s%n", m.start(), m.end(), oneLine(m.text()),
                        oneLine(m.replacement()), m.source() == null ? "" : m.source(), m.rule(), m.reason());
            }
        }
        return 0;
    }

    private static String oneLine(String s) {
        return s.replace("\n", "\\n");
    }
}
