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

    Unspinner build() {
        Unspinner.Builder b = Unspinner.builder();
        if (rules != null) {
            b.rules(rules);
        }
        if (lexicon != null) {
            b.lexicon(lexicon);
        }
        return b.build();
    }
}
