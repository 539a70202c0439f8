package org.unspin;

import org.unspin.candidates.FluencyEvidence;
import org.unspin.candidates.FluencyScorer;
import org.unspin.candidates.ProposalSourceFactory;
import org.unspin.candidates.SourceContext;
import org.unspin.candidates.LexiconMatcher;
import org.unspin.candidates.Proposal;
import org.unspin.candidates.ProposalSource;
import org.unspin.decide.DecideOptions;
import org.unspin.decide.Decider;
import org.unspin.decide.Decisions;
import org.unspin.decide.RuleBase;
import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.Status;
import org.unspin.lexicon.Lexicon;
import org.unspin.normalize.NormalizedText;
import org.unspin.normalize.Normalizer;
import org.unspin.realize.RealizedEdit;
import org.unspin.realize.Realizer;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflector;
import org.unspin.wordnet.Relations;
import org.unspin.wordnet.WordNet;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One immutable set of stages built from one rule base and one lexicon:
 * normalize -> tokenize -> candidates -> decide -> realize -> assemble.
 * A text longer than {@link #SECTION_CHARS} is restored section by section, cut at paragraph
 * breaks where it has them: the rule session of one document holds about 300 bytes per input
 * character, so a 50 MB dump of scraped pages restored in one piece would exhaust any heap.
 * Each section is judged as a document of its own (spin evidence included).
 */
final class Pipeline {

    static final int SECTION_CHARS = 1 << 18;

    private final RuleBase rules;
    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final EnglishTokenizer tokenizer;
    private final LexiconMatcher lexiconMatcher;
    private final List<ProposalSource> sources;
    private final Decider decider;
    private final Realizer realizer;

    private final FluencyScorer fluency;

    Pipeline(RuleBase rules, Lexicon lexicon, WordNet wordNet, Inflector inflector, Relations relations, LanguageData language,
             DecideOptions options) {
        this(rules, lexicon, wordNet, inflector, relations, language, options, ProposalSourceFactory.defaults());
    }

    Pipeline(RuleBase rules, Lexicon lexicon, WordNet wordNet, Inflector inflector, Relations relations, LanguageData language,
             DecideOptions options, List<ProposalSourceFactory> sourceFactories) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.normalizer = new Normalizer(lexicon.scraping(), w -> isEnglishWord(wordNet, w));
        this.tokenizer = new EnglishTokenizer(wordNet::lemmas);
        this.fluency = new FluencyScorer(language.model(), language.counts()::log10Frequency, language.counts()::count);
        SourceContext context = new SourceContext(lexicon, wordNet, inflector, relations, fluency, language.tags(),
                language.moby(), language.counts(), language.learned());
        List<ProposalSource> built = new ArrayList<>(sourceFactories.size());
        for (ProposalSourceFactory factory : sourceFactories) {
            built.add(factory.create(context));
        }
        this.sources = List.copyOf(built);
        // the bare scan (scanLexicon) measures the same matcher the sources run, not a second trie
        this.lexiconMatcher = sources.stream().filter(LexiconMatcher.class::isInstance).map(LexiconMatcher.class::cast)
                .findFirst().orElseGet(() -> new LexiconMatcher(lexicon, inflector));
        this.decider = new Decider(rules, lexicon.classes(), options);
        this.realizer = new Realizer(inflector);
    }

    private static boolean isEnglishWord(WordNet wordNet, String lower) {
        for (String lemma : wordNet.lemmas(lower)) {
            if (wordNet.isLemma(lemma)) {
                return true;
            }
        }
        return false;
    }

    RuleBase rules() {
        return rules;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    List<ProposalSource> sources() {
        return sources;
    }

    /** The text as the candidate stage sees it: normalized and tokenized. */
    TokenizedText prepare(String input) {
        return tokenize(normalizer.normalize(input));
    }

    private TokenizedText tokenize(NormalizedText normalized) {
        return new TokenizedText(normalized.text(), tokenizer.tokenize(normalized.text()));
    }

    /**
     * Tokenizes and matches the lexicon, nothing else (no rules, no realization): the floor that
     * the cost of a whole restoration is measured against. Returns the number of lexicon matches.
     */
    int scanLexicon(String input) {
        TokenizedText tokens = new TokenizedText(input, tokenizer.tokenize(input));
        return lexiconMatcher.propose(tokens).size();
    }

    Restoration restore(String input, RestoreOptions options) {
        if (input.length() <= SECTION_CHARS) {
            return restoreDocument(input, options);
        }
        List<Integer> bounds = new ArrayList<>();
        for (int from = 0; from < input.length(); from = sectionEnd(input, from)) {
            bounds.add(from);
        }
        bounds.add(input.length());
        List<Restoration> parts = restoreSections(input, bounds, options);
        StringBuilder text = new StringBuilder(input.length());
        List<Edit> edits = new ArrayList<>();
        List<NearMiss> nearMisses = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        int tokens = 0;
        int sections = 0;
        int spunSections = 0;
        String spinReason = null;
        for (int k = 0; k < parts.size(); k++) {
            int from = bounds.get(k);
            Restoration part = parts.get(k);
            sections++;
            text.append(part.text());
            for (Edit e : part.edits()) {
                edits.add(new Edit(e.start() + from, e.end() + from, e.before(), e.after(), e.stage(), e.kind(), e.rule(),
                        e.source(), e.entry(), e.confidence(), e.reason()));
            }
            for (NearMiss m : part.nearMisses()) {
                nearMisses.add(new NearMiss(m.start() + from, m.end() + from, m.text(), m.replacement(), m.rule(), m.source(), m.reason()));
            }
            fired.addAll(part.rulesFired());
            tokens += part.tokens();
            if (part.documentSpun()) {
                spunSections++;
                spinReason = spinReason == null ? part.spinReason() : spinReason;
            }
        }
        String reason = spunSections == 0 ? null
                : spunSections + " of " + sections + " sections show spin (first: " + spinReason + ")";
        return new Restoration(input, text.toString(), edits, nearMisses, spunSections > 0, reason, tokens, fired);
    }

    /** Each section [bounds[k], bounds[k+1]) restored on its own, in order; on several threads if the options allow. */
    private List<Restoration> restoreSections(String input, List<Integer> bounds, RestoreOptions options) {
        int count = bounds.size() - 1;
        int threads = Math.min(options.sectionThreads(), count);
        if (threads <= 1) {
            List<Restoration> parts = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                parts.add(restoreSection(input.substring(bounds.get(k), bounds.get(k + 1)), options));
            }
            return parts;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unspin-section");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Restoration>> futures = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                String section = input.substring(bounds.get(k), bounds.get(k + 1));
                futures.add(pool.submit(() -> restoreSection(section, options)));
            }
            List<Restoration> parts = new ArrayList<>(count);
            for (java.util.concurrent.Future<Restoration> f : futures) {
                parts.add(f.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring sections", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every weak proposal not scored by its source gets the language model's word on it (rules ask it of weak ones only). */
    private List<Proposal> withFluency(TokenizedText tokens, List<Proposal> proposals) {
        FluencyScorer.Prepared prepared = null;
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            if (p.fluency() != null || p.isDeletion() || p.strength() == org.unspin.lexicon.Strength.STRONG
                    || Proposal.TYPOGRAPHY.equals(p.kind())) {
                out.add(p);
                continue;
            }
            prepared = prepared == null ? fluency.prepare(tokens) : prepared;
            String replacement = realized(p);
            FluencyEvidence ev = fluency.score(prepared, p.start(), p.end(), replacement)
                    .withLink(p.kind(), p.source() == null ? p.kind() : p.source().toString(), 0, true);
            out.add(p.withFluency(ev));
        }
        return out;
    }

    /** A proposal's replacement in lower case as the realize stage will inflect it (close enough to score it). */
    String realized(Proposal p) {
        return realizer.inflected(p, p.replacement().toLowerCase(java.util.Locale.ROOT), false);
    }

    /**
     * Where the section starting at {@code from} ends: after the last paragraph break, else line
     * break, else sentence end, else blank of its second half (a phrase never spans a paragraph,
     * rarely a sentence); a text with none of them is cut between code points.
     */
    static int sectionEnd(String input, int from) {
        int limit = from + SECTION_CHARS;
        if (limit >= input.length()) {
            return input.length();
        }
        int half = from + SECTION_CHARS / 2;
        int lineBreak = -1;
        int sentenceEnd = -1;
        int blank = -1;
        // only the second half is searched: String.lastIndexOf would scan back to the text's start
        for (int i = limit - 1; i >= half; i--) {
            char c = input.charAt(i);
            if (c == '\n' && input.charAt(i - 1) == '\n') {
                return i + 1;
            }
            if (c == '\n') {
                lineBreak = lineBreak < 0 ? i + 1 : lineBreak;
            } else if (Character.isWhitespace(c)) {
                char before = input.charAt(i - 1);
                if (sentenceEnd < 0 && (before == '.' || before == '!' || before == '?')) {
                    sentenceEnd = i + 1;
                }
                blank = blank < 0 ? i + 1 : blank;
            }
        }
        for (int cut : new int[] {lineBreak, sentenceEnd, blank}) {
            if (cut >= 0) {
                return cut;
            }
        }
        return Character.isHighSurrogate(input.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** A section through the stages before the rules, which do not depend on the options. */
    private record Prepared(String input, NormalizedText normalized, TokenizedText tokens, List<Proposal> proposals) { }

    /**
     * The last text of one section that this thread restored as it comes and the rules did not
     * judge spun: the spin risk restores it again at once, declared spun (SpinDetector), and then
     * only the rules' decision differs. Held softly, for the next restoration on this thread only.
     */
    private final ThreadLocal<SoftReference<Prepared>> lastNotSpun = new ThreadLocal<>();

    /** A text of one section; the stages before the rules are shared with a restoration of the same text just before. */
    private Restoration restoreDocument(String input, RestoreOptions options) {
        Prepared prepared = null;
        SoftReference<Prepared> last = lastNotSpun.get();
        if (last != null) {
            lastNotSpun.remove();
            Prepared held = last.get();
            if (held != null && held.input() == input) {
                prepared = held;
            }
        }
        if (prepared == null) {
            prepared = prepareSection(input);
        }
        Restoration r = restore(prepared, options);
        if (!options.assumeSpun() && !r.documentSpun()) {
            lastNotSpun.set(new SoftReference<>(prepared));
        }
        return r;
    }

    private Restoration restoreSection(String input, RestoreOptions options) {
        return restore(prepareSection(input), options);
    }

    private Prepared prepareSection(String input) {
        NormalizedText normalized = normalizer.normalize(input);
        TokenizedText tokens = tokenize(normalized);
        List<Proposal> proposals = new ArrayList<>();
        for (ProposalSource source : sources) {
            proposals.addAll(source.propose(tokens));
        }
        proposals = withFluency(tokens, proposals);
        return new Prepared(input, normalized, tokens, proposals);
    }

    private Restoration restore(Prepared prepared, RestoreOptions options) {
        String input = prepared.input();
        NormalizedText normalized = prepared.normalized();
        TokenizedText tokens = prepared.tokens();
        Decisions decisions = decider.decide(tokens, prepared.proposals(), options.assumeSpun());
        List<RealizedEdit> realized = realizer.realize(tokens, decisions.accepted());
        List<Edit> edits = EditAssembler.assemble(normalized, realized, decisions);
        String text = EditAssembler.apply(input, edits);
        List<NearMiss> nearMisses = new ArrayList<>();
        Set<String> fired = new HashSet<>(decisions.rulesFired());
        for (Candidate c : decisions.candidates()) {
            if (c.getStatus() != Status.ACCEPTED) {
                int start = tokens.token(c.getStart()).start();
                int end = tokens.token(c.getEnd() - 1).end();
                nearMisses.add(new NearMiss(normalized.toInput(start, false), normalized.toInput(end, true), c.getText(),
                        c.getReplacement(), c.getDecidedBy(), c.getProposal().source() == null ? null : c.getProposal().source().toString(),
                        c.getReason() == null ? "undecided" : c.getReason()));
            }
        }
        if (!normalized.edits().isEmpty()) {
            normalized.edits().forEach(e -> fired.add(e.rule()));
        }
        realized.forEach(r -> {
            if (r.rule() != null) {
                fired.add(r.rule());
            }
        });
        return new Restoration(input, text, edits, nearMisses, decisions.documentSpun(), decisions.spinReason(), tokens.size(), fired);
    }
}
