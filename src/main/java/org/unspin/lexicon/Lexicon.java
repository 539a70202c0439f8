package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the lexicon files say, immutable once built: substitution entries, word classes for
 * context guards, scraping repairs, acronyms and the inventory of real terms. Built by
 * {@link LexiconLoader}; {@link #problems()} keeps the warnings met while loading.
 */
public final class Lexicon {

    private final List<LexiconEntry> entries;
    private final WordClasses classes;
    private final List<ScrapingRule> scraping;
    private final List<Acronym> acronyms;
    private final List<Term> terms;
    private final List<LexiconProblem> problems;
    private final Set<String> generatedFiles;

    Lexicon(List<LexiconEntry> entries, Map<String, Set<String>> classes, List<ScrapingRule> scraping,
            List<Acronym> acronyms, List<Term> terms, List<LexiconProblem> problems, Set<String> generatedFiles) {
        this.generatedFiles = Set.copyOf(generatedFiles);
        this.entries = List.copyOf(entries);
        this.classes = new WordClasses(classes);
        this.scraping = List.copyOf(scraping);
        this.acronyms = List.copyOf(acronyms);
        this.terms = List.copyOf(terms);
        this.problems = List.copyOf(problems);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public WordClasses classes() {
        return classes;
    }

    public List<ScrapingRule> scraping() {
        return scraping;
    }

    public List<Acronym> acronyms() {
        return acronyms;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<LexiconProblem> problems() {
        return problems;
    }

    /**
     * Whether the entry was written by hand, not by an importer (its file has no
     * {@value TsvFile#GENERATED} comment): such a row must carry an example and a clean sentence.
     */
    public boolean handWritten(LexiconEntry entry) {
        return !generatedFiles.contains(entry.source().file());
    }

    /** A copy without the given entries (evaluation folds, experiments). */
    public Lexicon without(Set<LexiconEntry> removed) {
        List<LexiconEntry> kept = new ArrayList<>(entries);
        kept.removeAll(removed);
        return new Lexicon(kept, new HashMap<>(classes.asMap()), scraping, acronyms, terms, problems, generatedFiles);
    }
}
