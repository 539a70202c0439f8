package org.unspin.candidates;

import org.unspin.lexicon.Strength;
import org.unspin.morphology.PosDictionary;
import org.unspin.morphology.PosDictionary.Reading;
import org.unspin.morphology.WordClass;
import org.unspin.thesaurus.Neighbour;
import org.unspin.thesaurus.NeighbourSource;
import org.unspin.thesaurus.Relation;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Proposes, for each content word and short phrase, what a spinner could have replaced: the
 * thesauri read backwards ({@link NeighbourSource}), each possible original put in the spun word's
 * inflection (mentioned/VBD -> said) and scored by the language model in the spun word's place.
 * One replacement per span is proposed with its evidence; the rules decide (rules/thesaurus.drl).
 *
 * <p>Only replacements of the spun word's part of speech (re-inflected to its tag) whose words the
 * model knows are considered: no rule could accept another. Limits: spans of up to {@value #MAX_PHRASE} words; at most {@value #MAX_SCORED} possible
 * originals scored per span (likeliest first: more thesauri, closer relation, more frequent word);
 * of those whose gain reaches {@value #MIN_PROPOSED_GAIN}, the one the {@link LearnedScorer} rates
 * likeliest (without a scorer: the most fluent) is proposed, with its margin over the best other
 * option (every proposal is a fact the rules join). Names (capitalized inside a sentence), words in quotation
 * marks, numbers, function words, clitics and words the model does not know are never replaced.
 */
public final class ThesaurusCandidates implements ProposalSource {

    static final int MAX_PHRASE = 3;
    static final int MAX_SCORED = 6;
    static final double MIN_PROPOSED_GAIN = 2.0;

    private final FluencyScorer scorer;
    private final PosDictionary pos;
    private final List<NeighbourSource> sources;
    private final Predicate<String> functionWord;
    private final Predicate<String> knownTerm;
    private final java.util.function.ToDoubleFunction<String> frequency;
    private final LearnedScorer learned;

    /**
     * @param functionWord true for words never replaced (articles, prepositions, auxiliaries)
     * @param knownTerm    true for a multiword term (interest rate): its words are left alone
     * @param learned      the learned scorer that picks among a span's options and rates the one
     *                     proposed, or null to pick the most fluent one
     */
    public ThesaurusCandidates(FluencyScorer scorer, PosDictionary pos, List<NeighbourSource> sources,
                               Predicate<String> functionWord, Predicate<String> knownTerm,
                               java.util.function.ToDoubleFunction<String> frequency, LearnedScorer learned) {
        this.scorer = scorer;
        this.learned = learned;
        this.pos = pos;
        this.sources = List.copyOf(sources);
        this.functionWord = functionWord;
        this.knownTerm = knownTerm;
        this.frequency = frequency;
    }

    @Override
    public List<Proposal> propose(TokenizedText text) {
        List<Scored> options = scoredOptions(text);
        List<Proposal> out = new ArrayList<>();
        for (int k = 0; k < options.size(); ) {
            Scored best = options.get(k);
            int next = k + 1;
            for (; next < options.size() && options.get(next).start == best.start && options.get(next).end == best.end; next++) {
                if (better(options.get(next), best)) {
                    best = options.get(next);
                }
            }
            FluencyEvidence ev = best.evidence;
            String reason = "'" + best.form + "' (" + ev.sources() + " " + ev.relation() + " of '" + text.surface(best.start, best.end) + "'): " + ev.describe();
            out.add(Proposal.plain(best.start, best.end, best.form, Strength.WEAK, Confidence.THESAURUS,
                    Proposal.Origin.of(Proposal.THESAURUS, reason)).withFluency(ev));
            k = next;
        }
        return out;
    }

    /** The learned scorer's choice, else the model's: the most fluent option. */
    private boolean better(Scored a, Scored b) {
        return learned != null ? a.evidence.probability() > b.evidence.probability() : a.evidence.gain() > b.evidence.gain();
    }

    private static boolean adjacentWords(TokenizedText text, int a, int b) {
        return text.token(a).sentence() == text.token(b).sentence() && text.token(a).end() + 1 >= text.token(b).start();
    }

    /** Words that may be replaced: known to the model, lower case (or sentence-initial), outside quotes, no function word, no part of a known term. */
    private boolean[] eligible(TokenizedText text, FluencyScorer.Prepared prepared) {
        boolean[] ok = new boolean[text.size()];
        boolean quoted = false;
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            String s = t.text();
            if (s.equals("\"") || s.equals("\u201C") || s.equals("\u201D")) {
                quoted = s.equals("\u201C") || (s.equals("\"") && !quoted);
                continue;
            }
            if (i > 0 && text.startsSentence(i)) {
                quoted = false;
            }
            boolean casing = t.shape() == CaseShape.LOWER || (t.shape() == CaseShape.CAPITALIZED && text.startsSentence(i));
            ok[i] = !quoted && t.isWord() && casing && t.length() >= 2 && lettersOnly(s) && prepared.known(i)
                    && !functionWord.test(t.lower()) && !partOfKnownTerm(text, i);
        }
        return ok;
    }

    /** Letters and inner hyphens: a clitic ('s, n't) is a function word, however the model spells it. */
    private static boolean lettersOnly(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isLetter(c) && (c != '-' || k == 0)) {
                return false;
            }
        }
        return true;
    }

    private boolean partOfKnownTerm(TokenizedText text, int i) {
        String w = text.token(i).lower();
        if (i > 0 && text.token(i - 1).isWord() && knownTerm.test(text.token(i - 1).lower() + " " + w)) {
            return true;
        }
        return i + 1 < text.size() && text.token(i + 1).isWord() && knownTerm.test(w + " " + text.token(i + 1).lower());
    }

    /** One possible original of tokens [start, end), in the spun word's inflection, with its evidence. */
    public record Scored(int start, int end, String form, FluencyEvidence evidence) { }

    /**
     * Every option for every eligible span that the model finds at least {@value #MIN_PROPOSED_GAIN}
     * likelier, with its evidence (and the learned probability when a scorer is set): what the
     * proposals are chosen from. Options of one span are adjacent in the list.
     */
    public List<Scored> scoredOptions(TokenizedText text) {
        FluencyScorer.Prepared prepared = scorer.prepare(text);
        boolean[] eligible = eligible(text, prepared);
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (!eligible[i]) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(text.size(), i + MAX_PHRASE); end++) {
                if (!eligible[end - 1] || (end - i > 1 && !adjacentWords(text, end - 2, end - 1))) {
                    break;
                }
                out.addAll(scoredOptions(prepared, i, end));
            }
        }
        return out;
    }

    private List<Scored> scoredOptions(FluencyScorer.Prepared prepared, int start, int end) {
        TokenizedText text = prepared.text();
        String spun;
        if (end - start == 1) {
            spun = text.token(start).lower(); // most spans are one word: no copy
        } else {
            StringBuilder b = new StringBuilder();
            for (int i = start; i < end; i++) {
                b.append(i > start ? " " : "").append(text.token(i).lower());
            }
            spun = b.toString();
        }
        List<Option> options = optionCache.get(spun, this, (form, self) -> self.options(form));
        if (options.isEmpty()) {
            return List.of();
        }
        FluencyScorer.Window window = scorer.window(prepared, start, end);
        if (window == null) {
            return List.of();
        }
        double[] gains = new double[options.size()];
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < gains.length; k++) {
            gains[k] = scorer.gain(window, options.get(k).ids);
            if (gains[k] > top) {
                second = top;
                top = gains[k];
            } else if (gains[k] > second) {
                second = gains[k];
            }
        }
        if (top < MIN_PROPOSED_GAIN) {
            return List.of();
        }
        List<Scored> out = new ArrayList<>(2);
        VerbComplement.Kind complement = null;
        for (int k = 0; k < gains.length; k++) {
            if (gains[k] < MIN_PROPOSED_GAIN) {
                continue;
            }
            Option o = options.get(k);
            if (o.verb) {
                if (complement == null) {
                    complement = VerbComplement.after(text, end - 1, pos);
                }
                if (!VerbComplement.agrees(complement, o.spunLemma, o.lemma)) {
                    continue; // "permit the dough to rest" is no spin of "let the dough to rest"
                }
            }
            // margin: over the best other option of the same words (the only option: no rival)
            double rival = gains[k] == top ? second : top;
            FluencyEvidence ev = scorer.score(window, start, end, o.form, o.ids, gains[k])
                    .withLink(o.relation, o.sources, o.fanout, true) // only forms of the spun tag are options
                    .withMargin(rival == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : gains[k] - rival);
            if (learned != null) {
                ev = ev.withProbability(learned.probability(ev, end - start, o.ids.length));
            }
            out.add(new Scored(start, end, o.form, ev));
        }
        return out;
    }

    /** A replacement worth scoring for a spun form: already inflected, with its thesaurus link. */
    private record Option(String form, int[] ids, String relation, String sources, int fanout,
                          boolean verb, String spunLemma, String lemma) { }

    private final org.unspin.util.TypeCache<List<Option>> optionCache = new org.unspin.util.TypeCache<>(200_000);

    /**
     * The replacements worth scoring for a spun word or phrase (lower case), the same wherever it
     * occurs, so computed once per form: every thesaurus link over every reading, the closest
     * {@value #MAX_SCORED} kept, each put in the spun word's inflection.
     */
    private List<Option> options(String spun) {
        int space = spun.lastIndexOf(' ');
        String lead = spun.substring(0, space + 1);
        String last = spun.substring(space + 1);
        List<Reading> readings = pos.readings(last);
        Map<String, Link> links = new LinkedHashMap<>();
        for (Reading r : readings) {
            WordClass wordClass = r.wordClass();
            if (wordClass == WordClass.OTHER) {
                continue;
            }
            for (NeighbourSource source : sources) {
                for (Neighbour n : source.originalsOf(lead + r.lemma(), wordClass)) {
                    if (lead.isEmpty() && hasLemma(readings, n.original())) {
                        continue; // an inflection of the spun word is no swap
                    }
                    links.computeIfAbsent(n.original() + "|" + r.tag(), k -> new Link(n.original(), r, frequency.applyAsDouble(n.original()))).add(n);
                }
            }
        }
        List<Link> ranked = new ArrayList<>(links.values());
        ranked.sort(null);
        List<Option> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Link l : ranked) {
            if (out.size() >= MAX_SCORED) {
                break;
            }
            String form = inflect(l.original, l.reading);
            if (form == null || form.equals(spun) || !seen.add(form)) {
                continue; // another part of speech is no restoration; nor is the spun form itself
            }
            if (!lead.isEmpty() && sharesWord(spun, form)) {
                continue; // a spinner swaps a phrase as a whole (area unit <- are); "mobile commerce" is no swap of "mobile banking"
            }
            int[] ids = scorer.ids(form);
            if (knows(ids)) {
                out.add(new Option(form, ids, l.relation.name().toLowerCase(java.util.Locale.ROOT), String.join("+", l.sources), l.fanout,
                        lead.isEmpty() && l.reading.wordClass() == WordClass.VERB, l.reading.lemma(), l.original));
            }
        }
        return List.copyOf(out);
    }

    private static boolean sharesWord(String a, String b) {
        Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
        for (String w : b.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the model knows every word: its gain for a word it does not know means nothing. */
    private static boolean knows(int[] ids) {
        for (int id : ids) {
            if (id == org.unspin.lm.LanguageModel.UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLemma(List<Reading> readings, String lemma) {
        for (Reading r : readings) {
            if (r.lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The original in the spun word's inflection; a phrase inflects its head (verbs: first word, else last). */
    private String inflect(String original, Reading spun) {
        int space = original.indexOf(' ');
        if (space < 0) {
            List<String> forms = pos.forms(original, spun.tag());
            return forms.isEmpty() ? null : forms.get(0);
        }
        boolean verb = spun.wordClass() == WordClass.VERB;
        int at = verb ? 0 : original.lastIndexOf(' ') + 1;
        int to = verb ? space : original.length();
        List<String> forms = pos.forms(original.substring(at, to), spun.tag());
        if (forms.isEmpty()) {
            return null;
        }
        return original.substring(0, at) + forms.get(0) + original.substring(to);
    }

    /** Every thesaurus link from one original (in one reading of the spun word): the closest relation, the sources, the smallest fanout. */
    private static final class Link implements Comparable<Link> {
        final String original;
        final Reading reading;
        Relation relation;
        final List<String> sources = new ArrayList<>(2);
        int fanout = Integer.MAX_VALUE;

        /** log10 relative frequency of the original: a spinner's victim is usually an ordinary word */
        final double frequency;

        Link(String original, Reading reading, double frequency) {
            this.original = original;
            this.reading = reading;
            this.frequency = frequency;
        }

        void add(Neighbour n) {
            if (relation == null || n.relation().ordinal() < relation.ordinal()) {
                relation = n.relation();
            }
            if (!sources.contains(n.source())) {
                sources.add(n.source());
            }
            fanout = Math.min(fanout, n.fanout());
        }

        /** Likeliest first: more sources, closer relation, more frequent original. */
        @Override
        public int compareTo(Link o) {
            if (sources.size() != o.sources.size()) {
                return o.sources.size() - sources.size();
            }
            if (relation != o.relation) {
                return relation.ordinal() - o.relation.ordinal();
            }
            return Double.compare(o.frequency, frequency);
        }
    }
}
