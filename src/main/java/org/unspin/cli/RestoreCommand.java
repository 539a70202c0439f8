package org.unspin.cli;

import org.unspin.Restoration;
import org.unspin.RestoreOptions;
import org.unspin.Unspinner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the original wording of a spun text and prints it.")
public final class RestoreCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: {\"text\": ..., \"edits\": [...]}.")
    Format format = Format.text;

    @Option(names = "--assume-spun", description = "The text is known to be a spun copy: weak restorations need no further evidence.")
    boolean assumeSpun;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text to restore; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        String input = InputFiles.read(file);
        Unspinner unspinner = engine.build();
        Restoration r = unspinner.restore(input, new RestoreOptions(assumeSpun));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.println(JsonOutput.MAPPER.writeValueAsString(JsonOutput.restoration(r, false)));
        } else {
            out.print(r.text());
            if (!r.text().isEmpty() && !r.text().endsWith("\n")) { // empty in, empty out
                out.println();
            }
        }
        return 0;
    }
}
