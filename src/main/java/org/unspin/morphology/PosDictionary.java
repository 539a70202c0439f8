package org.unspin.morphology;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * English forms, their base forms and Penn Treebank tags, and the reverse (a base form and a tag
 * to its forms): LanguageTool's english-pos-dict (morfologik automata, LGPL 2.1) read through
 * morfologik-stemming. "mentioned" reads as mention/VBD and mention/VBN; say + VBD gives "said".
 * Thread-safe: a morfologik lookup is not, so each thread keeps its own.
 */
public final class PosDictionary {

    private static final String ANALYSIS = "org/languagetool/resource/en/english.dict";
    private static final String SYNTHESIS = "org/languagetool/resource/en/english_synth.dict";

    private static volatile PosDictionary bundled;

    private final ThreadLocal<DictionaryLookup> analysis;
    private final ThreadLocal<DictionaryLookup> synthesis;

    /** One reading of a form: its base form and tag (VBD, NNS, JJ, NN:UN ...). */
    public record Reading(String lemma, String tag) {
        /** The tag's word class: N(oun), V(erb), J (adjective), R (adverb), or the tag itself. */
        public WordClass wordClass() {
            return WordClass.ofTag(tag);
        }
    }

    private PosDictionary(Dictionary analysisDictionary, Dictionary synthesisDictionary) {
        this.analysis = ThreadLocal.withInitial(() -> new DictionaryLookup(analysisDictionary));
        this.synthesis = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesisDictionary));
    }

    /** The dictionaries on the class path, loaded once per JVM (its cost: README, Performance, start-up). */
    public static PosDictionary bundled() {
        PosDictionary local = bundled;
        if (local == null) {
            synchronized (PosDictionary.class) {
                local = bundled;
                if (local == null) {
                    local = new PosDictionary(read(ANALYSIS), read(SYNTHESIS));
                    bundled = local;
                }
            }
        }
        return local;
    }

    private static Dictionary read(String resource) {
        URL url = PosDictionary.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the English part-of-speech dictionary is missing from the class path: " + resource);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Every reading of a lower-case form; empty for a form the dictionary does not know. */
    public List<Reading> readings(String lowerForm) {
        List<WordData> found = analysis.get().lookup(lowerForm);
        List<Reading> out = new ArrayList<>(found.size());
        for (WordData w : found) {
            CharSequence stem = w.getStem();
            CharSequence tag = w.getTag();
            if (stem != null && tag != null) {
                out.add(new Reading(stem.toString(), tag.toString()));
            }
        }
        return out;
    }

    /**
     * The forms of a base form that carry a tag ("say", "VBD" -> said). Tags with a subtype
     * ("NN:UN") are matched on their main part too.
     */
    public List<String> forms(String lemma, String tag) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tag.contains(":") ? List.of(tag, tag.substring(0, tag.indexOf(':'))) : List.of(tag)) {
            for (WordData w : synthesis.get().lookup(lemma + "|" + t)) {
                if (w.getStem() != null) {
                    out.add(w.getStem().toString());
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when the base form has a reading with this tag (a noun that has a plural, a verb with a past). */
    public boolean hasForm(String lemma, String tag) {
        return !forms(lemma, tag).isEmpty();
    }
}
