package org.unspin;

import org.unspin.candidates.ProposalSourceFactory;
import org.unspin.decide.DecideOptions;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconLoader;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.WordNet;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The spin-reversal engine. Build it once (rules compiled, lexicon and WordNet loaded) and share
 * it: {@link #restore} is thread-safe, and {@link #reload} swaps in freshly loaded rules and
 * lexicon atomically, keeping the last good ones when the new files have errors.
 *
 * <pre>{@code
 * Unspinner engine = Unspinner.withDefaults();
 * Restoration r = engine.restore("Little hats rallied as the Federal Reservoir cut rates.");
 * r.text();   // "Small caps rallied as the Federal Reserve cut rates."
 * r.edits();  // each with span, before/after, rule and lexicon file:line
 * }</pre>
 */
public final class Unspinner {

    private final Path rulesDir;
    private final Path lexiconDir;
    private final DecideOptions options;
    private final WordNet wordNet;
    private final Inflector inflector;
    private final Relations relations;
    private final LanguageData language;
    private final List<ProposalSourceFactory> sources;
    private final AtomicReference<Pipeline> pipeline = new AtomicReference<>();

    private Unspinner(Builder b) {
        this.rulesDir = b.rulesDir;
        this.lexiconDir = b.lexiconDir;
        this.options = b.options;
        List<ProposalSourceFactory> all = new java.util.ArrayList<>(ProposalSourceFactory.defaults());
        all.addAll(b.sources);
        this.sources = List.copyOf(all);
        // Compiling the rules and loading WordNet are the two long steps of start-up and need
        // nothing from each other: compile on a second thread meanwhile.
        Supplier<RuleBase> rules;
        if (b.compiledRules != null) {
            RuleBase given = b.compiledRules;
            rules = () -> given;
        } else {
            FutureTask<RuleBase> task = new FutureTask<>(this::compileRules);
            Thread compiler = new Thread(task, "unspin-rules");
            compiler.setDaemon(true);
            compiler.start();
            rules = () -> result(task);
        }
        // The language model, thesaurus and counts load on a third thread (about a second).
        FutureTask<LanguageData> languageTask = new FutureTask<>(() -> LanguageData.load(b.languageModel, b.languageModelFile));
        Thread languageLoader = new Thread(languageTask, "unspin-language-data");
        languageLoader.setDaemon(true);
        languageLoader.start();
        this.wordNet = WordNet.shared();
        this.relations = new Relations(wordNet);
        this.language = result(languageTask);
        this.inflector = new Inflector(wordNet, language.tags());
        this.pipeline.set(load(b.lexicon, rules));
    }

    /** The task's result, or the very exception it threw (a rule error reads as without the thread). */
    private static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The bundled rules and lexicon. */
    public static Unspinner withDefaults() {
        return builder().build();
    }

    /** A builder, for rules, lexicon or language model of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** Restores a text not known to be spun ({@link RestoreOptions#defaults()}). Thread-safe. */
    public Restoration restore(String text) {
        return restore(text, RestoreOptions.defaults());
    }

    /**
     * Restores a text: every edit with its rule and lexicon line, the near misses and whether the
     * document shows spin. Thread-safe; a rule that loops or throws is reported as a
     * {@link org.unspin.decide.RuleFaultException} and the engine stays usable.
     */
    public Restoration restore(String text, RestoreOptions options) {
        Objects.requireNonNull(text, "text");
        return pipeline.get().restore(text, options);
    }

    /**
     * Reloads rules and lexicon from the folders this engine was built from. On error the
     * running rules and lexicon stay in service and the exception lists every problem.
     */
    public void reload() {
        pipeline.set(load(null, this::compileRules));
    }

    /** The lexicon in service (entries, classes, problems met while loading), for tools that list or check it. */
    public Lexicon lexicon() {
        return pipeline.get().lexicon();
    }

    /** The rules in service (names, files, examples), for tools that list or check them. */
    public RuleBase rules() {
        return pipeline.get().rules();
    }

    WordNet wordNet() {
        return wordNet;
    }

    Inflector inflector() {
        return inflector;
    }

    Relations relations() {
        return relations;
    }

    LanguageData languageData() {
        return language;
    }

    Pipeline pipeline() {
        return pipeline.get();
    }

    /** Lexicon first, then the rules: with errors in both, the lexicon's are reported. */
    private Pipeline load(Lexicon given, Supplier<RuleBase> compiledRules) {
        LexiconLoader loader = new LexiconLoader(PhraseKeys::words);
        Lexicon lexicon = given != null ? given : lexiconDir == null ? loader.loadBundled() : loader.load(lexiconDir);
        RuleBase rules = compiledRules.get();
        return new Pipeline(rules, lexicon, wordNet, inflector, relations, language, options, sources);
    }

    private RuleBase compileRules() {
        return rulesDir == null ? RuleBase.compileBundled() : RuleBase.compile(rulesDir);
    }

    /**
     * Builds an engine. Every setting is optional; the defaults are the bundled rules, lexicon and
     * language model. The methods that take a type of an internal package ({@code lexicon(Lexicon)},
     * {@code rules(RuleBase)}, {@code languageModel(LanguageModel)}, {@code source}, {@code options}) are
     * for tools and experiments and may change (README, "Library").
     */
    public static final class Builder {
        private Path rulesDir;
        private Path lexiconDir;
        private Lexicon lexicon;
        private RuleBase compiledRules;
        private DecideOptions options = DecideOptions.defaults();
        private org.unspin.lm.LanguageModel languageModel;
        /** read by build(), on the thread that loads the language data beside the rules and WordNet */
        private Path languageModelFile;
        private final List<ProposalSourceFactory> sources = new java.util.ArrayList<>();

        /** Rule files (.drl, .dsl, .dslr) from this folder instead of the bundled ones. */
        public Builder rules(Path dir) {
            this.rulesDir = dir;
            return this;
        }

        /** Lexicon files (.tsv) from this folder instead of the bundled ones. */
        public Builder lexicon(Path dir) {
            this.lexiconDir = dir;
            return this;
        }

        /** An already loaded lexicon (experiments, evaluation folds); a reload reads the folder again. */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /** An already compiled rule base (tools that compiled it to check it); a reload compiles the folder again. */
        public Builder rules(RuleBase rules) {
            this.compiledRules = rules;
            return this;
        }

        /** A language model of your own (an ARPA or Sphinx binary file) instead of the bundled one. */
        public Builder languageModel(Path file) {
            this.languageModelFile = file;
            return this;
        }

        /** An already loaded language model. */
        public Builder languageModel(org.unspin.lm.LanguageModel model) {
            this.languageModel = model;
            return this;
        }

        /**
         * One more source of proposals, run after the bundled ones and decided by the same rules;
         * the factory builds it again on every reload.
         */
        public Builder source(ProposalSourceFactory factory) {
            this.sources.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Options of the decide stage (the rule firing limit). */
        public Builder options(DecideOptions options) {
            this.options = options;
            return this;
        }

        /** Compiles the rules and loads lexicon, WordNet and the language data (the cost: README, Performance, start-up). */
        public Unspinner build() {
            return new Unspinner(this);
        }
    }
}
