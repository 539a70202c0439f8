package org.unspin.cli;

import org.unspin.workflow.RuleMiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "mine", mixinStandardHelpOptions = true,
        description = "Aligns an original with its spun copy and writes the phrase-level differences as lexicon TSV for review.")
public final class MineCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--original", required = true, paramLabel = "O", description = "The original text.")
    String original;

    @Option(names = "--spun", required = true, paramLabel = "S", description = "The spun copy.")
    String spun;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the TSV to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<RuleMiner.MinedEntry> mined = new RuleMiner(engine.build()).mine(InputFiles.read(original), InputFiles.read(spun));
        String tsv = RuleMiner.toTsv(mined);
        CommandOutput.write(out, tsv);
        if (out != null) {
            long fresh = mined.stream().filter(c -> !c.alreadyRestored() && c.knownEntry() == null).count();
            System.err.printf("%d candidate entries written to %s (%d not yet restored)%n", mined.size(), out, fresh);
        }
        return 0;
    }
}
