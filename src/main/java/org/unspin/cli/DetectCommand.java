package org.unspin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unspin.workflow.SpinDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Spin-risk score (0-100) of a text without its original, with the evidence behind it: a marker "
                + "for triage, not a verdict.")
public final class DetectCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text to assess; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        SpinDetector.SpinRisk risk = new SpinDetector(engine.build()).assess(InputFiles.read(file));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format == Format.json) {
            ObjectNode root = JsonOutput.MAPPER.valueToTree(risk);
            root.put("level", risk.level());
            out.println(JsonOutput.MAPPER.writeValueAsString(root));
            return 0;
        }
        out.printf("spin risk %.1f / 100 (%s): %d %s; per 100 words: %.2f strong restorations (%.2f tortured phrases), "
                        + "%.2f weak, %.2f filler%n", risk.score(), risk.level(), risk.words(), risk.words() == 1 ? "word" : "words",
                risk.strongPer100(),
                risk.torturedPer100(), risk.weakPer100(), risk.fillerPer100());
        for (SpinDetector.Evidence e : risk.evidence()) {
            out.printf("  [%d,%d) \"%s\" -> \"%s\"  %s%s%n", e.start(), e.end(), e.text(), e.restoration(), e.rule(),
                    e.source() == null ? "" : " (" + e.source() + ")");
        }
        return 0;
    }
}
