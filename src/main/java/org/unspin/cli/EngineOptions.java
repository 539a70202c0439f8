package org.unspin.cli;

import org.unspin.Unspinner;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command that builds an engine shares. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule files folder (default: the bundled rules).")
    Path rules;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Lexicon files folder (default: the bundled lexicon).")
    Path lexicon;

    @Option(names = "--lm", paramLabel = "FILE",
            description = "Language model file, ARPA (plain or .gz, e.g. a KenLM model of your archive) or CMU Sphinx binary (default: the bundled Sphinx US English trigram model).")
    Path languageModel;

    /** The options given, as they would be typed ("--lm my.arpa"), or "" for the bundled engine. */
    String arguments() {
        StringBuilder b = new StringBuilder();
        if (rules != null) {
            b.append(" --rules ").append(quoted(rules));
        }
        if (lexicon != null) {
            b.append(" --lexicon ").append(quoted(lexicon));
        }
        if (languageModel != null) {
            b.append(" --lm ").append(quoted(languageModel));
        }
        return b.toString().strip();
    }

    /** A path as a shell reads it back: in single quotes when it holds anything but plain characters. */
    private static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./+=:,@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    Unspinner build() {
        Unspinner.Builder b = Unspinner.builder();
        if (rules != null) {
            b.rules(rules);
        }
        if (lexicon != null) {
            b.lexicon(lexicon);
        }
        if (languageModel != null) {
            if (!java.nio.file.Files.isRegularFile(languageModel)) {
                throw new UsageException("--lm " + languageModel + ": no such file");
            }
            b.languageModel(languageModel);
        }
        return b.build();
    }
}
