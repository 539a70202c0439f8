package org.unspin.wordnet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.unspin.morphology.PosDictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Analyses and generates English inflections. Forms come first from the part-of-speech
 * dictionary's synthesis (tagged: hit -> hit as a past, ran and run apart), then from WordNet's
 * exception lists (read in reverse: base -> forms), then from the spelling rules of English
 * (hit -> hitting, cut -> cuts, rely -> relied, hope -> hoping). WordNet's lists alone do not
 * say which inflection a form carries ("hitting hit", "ran run" and "run" itself is missing), so
 * an exception form is used only for an inflection its spelling can carry.
 */
public final class Inflector {

    private static final Set<String> FINAL_STRESS = Set.of(
            "admit", "begin", "commit", "compel", "control", "occur", "omit", "patrol", "permit",
            "prefer", "refer", "regret", "submit", "transfer", "upset", "forget", "equip", "deter", "excel");
    private static final Map<String, String[]> AUXILIARIES = Map.of(
            "be", new String[]{"is", "was", "been", "being"},
            "have", new String[]{"has", "had", "had", "having"},
            "do", new String[]{"does", "did", "done", "doing"},
            "go", new String[]{"goes", "went", "gone", "going"});

    private final Map<String, List<String>> irregularVerbForms;
    private final Map<String, List<String>> irregularPlurals;
    private final Map<String, List<String>> irregularGrades;
    private final PosDictionary tags;

    /** With the bundled part-of-speech dictionary. */
    public Inflector(WordNet wordNet) {
        this(wordNet, PosDictionary.bundled());
    }

    /** @param tags synthesis of tagged forms, or null for WordNet's exception lists and spelling rules only */
    public Inflector(WordNet wordNet, PosDictionary tags) {
        this.tags = tags;
        Dictionary dictionary = wordNet.dictionary();
        this.irregularVerbForms = reverseExceptions(dictionary, POS.VERB);
        this.irregularPlurals = reverseExceptions(dictionary, POS.NOUN);
        this.irregularGrades = reverseExceptions(dictionary, POS.ADJECTIVE);
    }

    private static Map<String, List<String>> reverseExceptions(Dictionary dictionary, POS pos) {
        Map<String, List<String>> byBase = new HashMap<>();
        try {
            Iterator<Exc> it = dictionary.getExceptionIterator(pos);
            while (it.hasNext()) {
                Exc exc = it.next();
                String form = exc.getLemma().toLowerCase(Locale.ROOT);
                if (form.contains(" ") || form.contains("_")) {
                    continue;
                }
                for (String base : exc.getExceptions()) {
                    byBase.computeIfAbsent(base.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(form);
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet exception lists: " + e.getMessage(), e);
        }
        return byBase;
    }

    /** The inflection of {@code surface} (lower case) relative to its base form {@code base}. */
    public Inflection analyse(String surface, String base) {
        if (surface.equals(base)) {
            return Inflection.BASE;
        }
        if (surface.endsWith("ing") && !base.endsWith("ing")) {
            return Inflection.GERUND;
        }
        Inflection tagged = taggedVerbForm(surface, base);
        if (tagged != null) {
            return tagged;
        }
        List<String> verbForms = irregularVerbForms.get(base);
        if (verbForms != null && verbForms.contains(surface)) {
            return surface.endsWith("n") ? Inflection.PAST_PARTICIPLE : Inflection.PAST;
        }
        if (surface.endsWith("ed") && !base.endsWith("ed")) {
            return Inflection.PAST;
        }
        if (surface.endsWith("est") && !base.endsWith("est")) {
            return Inflection.SUPERLATIVE;
        }
        if (surface.endsWith("er") && !base.endsWith("er")) {
            return Inflection.COMPARATIVE;
        }
        if (surface.endsWith("s") || irregularPlurals.getOrDefault(base, List.of()).contains(surface)) {
            return Inflection.S_FORM;
        }
        return Inflection.BASE;
    }

    /**
     * PAST or PAST_PARTICIPLE for a verb form the dictionary tags as the base's past (VBD) or
     * participle (VBN) only; a form that is both (reached) reads as PAST; null if it is neither.
     */
    private Inflection taggedVerbForm(String surface, String base) {
        if (tags == null) {
            return null;
        }
        boolean past = false;
        boolean participle = false;
        for (PosDictionary.Reading r : tags.readings(surface)) {
            if (r.lemma().equals(base)) {
                past |= r.tag().equals("VBD");
                participle |= r.tag().equals("VBN");
            }
        }
        return past ? Inflection.PAST : participle ? Inflection.PAST_PARTICIPLE : null;
    }

    /** The form of a lower-case base word carrying the given inflection. */
    public String inflect(String base, Inflection inflection) {
        if (inflection == Inflection.BASE || base.isEmpty() || !Character.isLetter(base.charAt(base.length() - 1))) {
            return base;
        }
        String[] aux = AUXILIARIES.get(base);
        String synthesized = aux == null ? synthesize(base, inflection) : null;
        if (synthesized != null) {
            return synthesized;
        }
        switch (inflection) {
            case S_FORM:
                if (aux != null) {
                    return aux[0];
                }
                List<String> plurals = irregularPlurals.get(base);
                if (plurals != null && !plurals.isEmpty()) {
                    return plurals.get(0);
                }
                return addS(base);
            case PAST:
            case PAST_PARTICIPLE:
                if (aux != null) {
                    return inflection == Inflection.PAST ? aux[1] : aux[2];
                }
                String irregular = pickPastForm(irregularVerbForms.getOrDefault(base, List.of()), inflection);
                return irregular != null ? irregular : addEd(base);
            case GERUND:
                if (aux != null) {
                    return aux[3];
                }
                for (String f : irregularVerbForms.getOrDefault(base, List.of())) {
                    if (f.endsWith("ing")) {
                        return f;
                    }
                }
                return addIng(base);
            case COMPARATIVE:
            case SUPERLATIVE:
                List<String> grades = irregularGrades.get(base);
                String suffix = inflection == Inflection.COMPARATIVE ? "er" : "est";
                if (grades != null) {
                    for (String g : grades) {
                        if (g.endsWith(suffix)) {
                            return g;
                        }
                    }
                }
                return addGrade(base, suffix);
            default:
                return base;
        }
    }

    /**
     * The dictionary's verb form for a past, participle or gerund (VBD, VBN, VBG); null for other
     * inflections (the -s form and the grades are regular or in WordNet's lists) and for a verb
     * the dictionary does not have.
     */
    private String synthesize(String base, Inflection inflection) {
        if (tags == null) {
            return null;
        }
        String tag = switch (inflection) {
            case PAST -> "VBD";
            case PAST_PARTICIPLE -> "VBN";
            case GERUND -> "VBG";
            default -> null;
        };
        List<String> forms = tag == null ? List.of() : tags.forms(base, tag);
        if (forms.size() > 1) {
            // of two spellings (dying, dieing) the one WordNet lists or the spelling rules give
            List<String> known = irregularVerbForms.getOrDefault(base, List.of());
            String regular = inflection == Inflection.GERUND ? addIng(base) : addEd(base);
            for (String f : forms) {
                if (known.contains(f) || f.equals(regular)) {
                    return f;
                }
            }
        }
        return forms.isEmpty() ? null : forms.get(0);
    }

    /** A past or participle among WordNet's exception forms, never one of its -ing forms. */
    private static String pickPastForm(List<String> forms, Inflection inflection) {
        forms = forms.stream().filter(f -> !f.endsWith("ing")).toList();
        if (forms.isEmpty()) {
            return null;
        }
        if (forms.size() == 1) {
            return forms.get(0);
        }
        for (String f : forms) {
            boolean participleLike = f.endsWith("n");
            if ((inflection == Inflection.PAST_PARTICIPLE) == participleLike) {
                return f;
            }
        }
        return forms.get(0);
    }

    static String addS(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    static String addEd(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        if (doublesFinalConsonant(w)) {
            return w + w.charAt(w.length() - 1) + "ed";
        }
        return w + "ed";
    }

    static String addIng(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        if (doublesFinalConsonant(w)) {
            return w + w.charAt(w.length() - 1) + "ing";
        }
        return w + "ing";
    }

    private static String addGrade(String w, String suffix) {
        if (w.endsWith("e")) {
            return w + suffix.substring(1);
        }
        if (w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "i" + suffix;
        }
        if (doublesFinalConsonant(w)) {
            return w + w.charAt(w.length() - 1) + suffix;
        }
        return w + suffix;
    }

    /** Consonant-vowel-consonant ending on a stressed final syllable (hit, stop, occur; not visit). */
    static boolean doublesFinalConsonant(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char last = w.charAt(n - 1);
        char mid = w.charAt(n - 2);
        char before = w.charAt(n - 3);
        if (isVowel(last) || "wxy".indexOf(last) >= 0 || !isVowel(mid) || isVowel(before)) {
            return false;
        }
        if (FINAL_STRESS.contains(w)) {
            return true;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < n; i++) {
            boolean v = isVowel(w.charAt(i));
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
