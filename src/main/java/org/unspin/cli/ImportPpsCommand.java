package org.unspin.cli;

import org.unspin.lexicon.importer.DropReason;
import org.unspin.lexicon.importer.ImportReport;
import org.unspin.lexicon.importer.TorturedPhraseImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import-pps", mixinStandardHelpOptions = true,
        description = "Converts the Problematic Paper Screener's tortured-phrase pairs into a science lexicon file"
                + " (and its inventory of real terms), printing what was dropped and why.")
public final class ImportPpsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Lexicon file to write, e.g. lexicon/science.tsv.")
    Path out;

    @Option(names = "--terms", paramLabel = "FILE",
            description = "Term inventory to write (default: terms-science.tsv next to --out).")
    Path terms;

    @Parameters(paramLabel = "PAIRS_TSV", description = "pps_pairs.tsv: spun, expected, num_papers, PPS query per line.")
    Path pairs;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(pairs)) {
            throw new UsageException(pairs + ": no such file");
        }
        Path termsOut = terms != null ? terms : out.toAbsolutePath().resolveSibling("terms-science.tsv");
        ImportReport r = TorturedPhraseImporter.withDefaults().run(pairs, out, termsOut);
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        o.printf("read %d pairs; kept %d (%d strong, %d weak; %d noun, %d exact); dropped %d%n", r.read(), r.kept(),
                r.strong(), r.weak(), r.nounEntries(), r.kept() - r.nounEntries(), r.droppedTotal());
        for (Map.Entry<DropReason, Integer> d : r.dropped().entrySet()) {
            o.printf("  dropped %5d  %s%n", d.getValue(), d.getKey().description());
        }
        for (Map.Entry<String, Integer> w : r.weakReasons().entrySet()) {
            o.printf("  weak    %5d  %s%n", w.getValue(), w.getKey());
        }
        for (String w : r.warnings()) {
            o.println("  warning: " + w);
        }
        o.printf("wrote %s and %s (%d terms)%n", out, termsOut, r.terms());
        return 0;
    }
}
