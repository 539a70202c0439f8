package org.unspin;

import org.unspin.decide.DecideOptions;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.Lexicon;

import java.util.function.Function;

/** One engine per test JVM: building rules and loading WordNet takes seconds, restoring takes microseconds. */
public final class TestEngines {
    private static volatile Unspinner defaults;

    private TestEngines() {
    }

    public static Unspinner defaults() {
        Unspinner local = defaults;
        if (local == null) {
            synchronized (TestEngines.class) {
                local = defaults;
                if (local == null) {
                    local = Unspinner.withDefaults();
                    defaults = local;
                }
            }
        }
        return local;
    }

    /**
     * Restores with the default engine's compiled rules and another lexicon, without compiling the
     * rules again (fuzz tests load a new lexicon per input).
     */
    public static Function<String, Restoration> withLexicon(Lexicon lexicon) {
        Unspinner engine = defaults();
        Pipeline pipeline = new Pipeline(engine.rules(), lexicon, engine.wordNet(), engine.inflector(), engine.relations(), engine.languageData(), DecideOptions.defaults());
        return text -> pipeline.restore(text, RestoreOptions.defaults());
    }

    /** Restores with other compiled rules and the default engine's lexicon (fuzz tests compile rules per input). */
    public static Function<String, Restoration> withRules(RuleBase rules) {
        Unspinner engine = defaults();
        Pipeline pipeline = new Pipeline(rules, engine.lexicon(), engine.wordNet(), engine.inflector(), engine.relations(), engine.languageData(), DecideOptions.defaults());
        return text -> pipeline.restore(text, RestoreOptions.defaults());
    }

    /** The length above which the engine restores a text section by section. */
    public static int sectionChars() {
        return Pipeline.SECTION_CHARS;
    }
}
