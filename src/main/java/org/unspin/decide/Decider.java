package org.unspin.decide;

import org.kie.api.KieServices;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.drools.core.common.InternalWorkingMemory;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.unspin.candidates.Proposal;
import org.unspin.decide.facts.Candidate;
import org.unspin.decide.facts.ContextToken;
import org.unspin.decide.facts.DocumentEvidence;
import org.unspin.decide.facts.Requirement;
import org.unspin.lexicon.Condition;
import org.unspin.lexicon.WordClasses;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.PhraseKeys;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenKind;
import org.unspin.tokenize.TokenizedText;
import org.unspin.util.TypeCache;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules over one document's candidates. Facts: every {@link Candidate}, one
 * {@link Requirement} per context guard, a {@link ContextToken} for each token inside a
 * requirement's window that answers to one of its keys, and one {@link DocumentEvidence}.
 * Agenda groups run in the order guards, decide, evidence, weak, conflicts; then any rule
 * outside a group.
 */
public final class Decider {

    /** Agenda groups in firing order. */
    public static final List<String> PHASES = List.of("guards", "decide", "evidence", "weak", "conflicts");

    private final RuleBase rules;
    private final WordClasses classes;
    private final DecideOptions options;
    /**
     * Each session lives in one thread and is disposed after one document: it needs no locking
     * around its propagation queue, and the rule base need not keep a reference to it (a list
     * every concurrent restoration would otherwise synchronize on).
     */
    private final KieSessionConfiguration sessionConfiguration;
    /** Context keys per word type, one cache per token kind and capitalization. */
    private final List<TypeCache<Set<String>>> contextKeys;
    private final BiFunction<String, Token, Set<String>> wordKeys = (lower, t) -> contextKeys(lower, t, false);
    private final BiFunction<String, Token, Set<String>> capitalizedWordKeys = (lower, t) -> contextKeys(lower, t, true);

    public Decider(RuleBase rules, WordClasses classes, DecideOptions options) {
        this.rules = rules;
        this.classes = classes;
        this.options = options;
        this.sessionConfiguration = KieServices.Factory.get().newKieSessionConfiguration();
        sessionConfiguration.setOption(ThreadSafeOption.NO);
        sessionConfiguration.setOption(KeepReferenceOption.NO);
        List<TypeCache<Set<String>>> caches = new ArrayList<>();
        for (int i = 0; i < TokenKind.values().length * 2; i++) {
            caches.add(new TypeCache<>(MAX_CACHED_TYPES));
        }
        this.contextKeys = List.copyOf(caches);
    }

    /**
     * Decides every proposal. A rule that fails is reported as a {@link RuleFaultException}
     * naming it; the session is then run again fact by fact to find where in the text it failed
     * (evaluating after each insertion costs a fifth of the decision time, so only a fault pays it).
     */
    public Decisions decide(TokenizedText text, List<Proposal> proposals, boolean assumeSpun) {
        try {
            return run(text, proposals, assumeSpun, false);
        } catch (RuleFaultException fault) {
            run(text, proposals, assumeSpun, true); // throws the fault again, located
            throw fault;
        }
    }

    private Decisions run(TokenizedText text, List<Proposal> proposals, boolean assumeSpun, boolean locateFaults) {
        List<Proposal> sorted = new ArrayList<>(proposals);
        sorted.sort(Comparator.comparingInt(Proposal::start).thenComparingInt(p -> -p.length()));
        List<Candidate> candidates = new ArrayList<>(sorted.size());
        int cluster = -1;
        int clusterEnd = -1;
        for (int i = 0; i < sorted.size(); i++) {
            Proposal p = sorted.get(i);
            if (p.start() >= clusterEnd) {
                cluster++;
            }
            clusterEnd = Math.max(clusterEnd, p.end());
            candidates.add(new Candidate(i, p, cluster, text.surface(p.start(), p.end()), text.token(p.start()).sentence()));
        }
        Map<Candidate, List<Requirement>> requirements = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            List<Requirement> reqs = requirementsFor(text, c);
            if (!reqs.isEmpty()) {
                requirements.put(c, reqs);
            }
        }
        DocumentEvidence evidence = new DocumentEvidence(countWords(text), options.minStrongEdits(),
                options.tokensPerStrongEdit(), assumeSpun);
        if (candidates.isEmpty()) {
            return new Decisions(List.of(), Map.of(), assumeSpun, evidence.getReason(), Set.of());
        }
        KieSession session = rules.kieBase().newKieSession(sessionConfiguration, null);
        FiringTracker tracker = new FiringTracker();
        session.addEventListener(tracker);
        int facts = 0;
        try {
            try {
                for (Candidate c : candidates) {
                    insert(session, c, text.token(c.getStart()).start(), tracker, locateFaults);
                    facts++;
                }
                for (List<Requirement> reqs : requirements.values()) {
                    for (Requirement r : reqs) {
                        insert(session, r, text.token(r.getCandidate().getStart()).start(), tracker, locateFaults);
                        facts++;
                    }
                }
                for (ContextToken token : contextTokens(text, requirements)) {
                    insert(session, token, text.token(token.getIndex()).start(), tracker, locateFaults);
                    facts++;
                }
                insert(session, evidence, -1, tracker, locateFaults);
                tracker.insertedAt = NOT_INSERTING;
                for (int i = PHASES.size() - 1; i >= 0; i--) {
                    session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
                }
                int limit = 1000 + options.maxFiringsPerFact() * facts;
                int fired = session.fireAllRules(limit);
                if (fired >= limit && session.fireAllRules(1) > 0) {
                    throw new RuleFaultException(tracker.lastRule, tracker.offset(text),
                            "rule '" + tracker.lastRule + "'" + fileOf(tracker.lastRule) + " is still firing after " + limit
                                    + " firings on this document: it probably modifies a fact without end", null);
                }
            } catch (RuleFaultException e) {
                throw e;
            } catch (RuntimeException e) {
                throw fault(e, text, tracker);
            }
            return new Decisions(List.copyOf(candidates), requirements, evidence.isSpun(), evidence.getReason(), Set.copyOf(tracker.fired));
        } finally {
            session.dispose();
        }
    }

    private static final int NOT_INSERTING = Integer.MIN_VALUE;
    private static final int MAX_CACHED_TYPES = 50_000;
    private static final Pattern RULE_IN_CONSTRAINT_ERROR = Pattern.compile("Rule \"([^\"]*)\"");

    /**
     * Inserts a fact; when locating a fault, also evaluates the conditions that test it alone at
     * once (Drools would defer that to the first firing), so a condition that throws is caught at
     * the fact that made it throw.
     */
    private static void insert(KieSession session, Object fact, int offset, FiringTracker tracker, boolean locateFaults) {
        tracker.insertedAt = offset;
        session.insert(fact);
        if (locateFaults && session instanceof InternalWorkingMemory memory) {
            memory.flushPropagations();
        }
    }

    /**
     * The tokens some guard could be satisfied by: inside the guard's window (the next or
     * previous token, or the sentence around the candidate) and answering to one of its keys.
     * Other tokens near candidates could match no guard rule, so they are not inserted: on the
     * reference text that leaves out seven tokens in ten (each fact costs the session about as
     * much as a candidate).
     */
    private List<ContextToken> contextTokens(TokenizedText text, Map<Candidate, List<Requirement>> requirements) {
        BitSet needed = new BitSet(text.size());
        // windows overlap (several guards near one candidate, candidates side by side)
        @SuppressWarnings("unchecked")
        Set<String>[] keysAt = new Set[text.size()];
        for (List<Requirement> reqs : requirements.values()) {
            for (Requirement r : reqs) {
                Candidate c = r.getCandidate();
                for (int i = Math.max(0, r.getFrom()); i < r.getTo(); i++) {
                    if (needed.get(i) || (i >= c.getStart() && i < c.getEnd()) || text.token(i).sentence() != r.getSentence()) {
                        continue;
                    }
                    Set<String> keys = keysAt[i];
                    if (keys == null) {
                        keys = keysAt[i] = keysOf(text, i);
                    }
                    if (!Collections.disjoint(keys, r.getKeys())) {
                        needed.set(i);
                    }
                }
            }
        }
        List<ContextToken> out = new ArrayList<>(needed.cardinality());
        for (int i = needed.nextSetBit(0); i >= 0; i = needed.nextSetBit(i + 1)) {
            Token t = text.token(i);
            out.add(new ContextToken(i, t.sentence(), t.text(), keysAt[i]));
        }
        return out;
    }

    /**
     * A rule that threw, named with its file and, where known, the document position: a
     * consequence names its match; a condition names its rule in Drools' message and, when it
     * tests one fact, was caught while that fact was inserted.
     */
    private RuleFaultException fault(RuntimeException e, TokenizedText text, FiringTracker tracker) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rule = null;
        int offset = -1;
        String where = "";
        for (Throwable t = e; t != null && rule == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException ce && ce.getRule() != null) {
                rule = ce.getRule().getName();
                offset = tracker.offset(text);
            } else if (t.getClass().getSimpleName().equals("ConstraintEvaluationException") && t.getMessage() != null) {
                // by name: the mvel build and the executable model each have a class of this name
                Matcher m = RULE_IN_CONSTRAINT_ERROR.matcher(t.getMessage());
                if (m.find()) {
                    rule = m.group(1);
                    where = " in its condition";
                    offset = tracker.insertedAt == NOT_INSERTING ? -1 : tracker.insertedAt;
                }
            }
        }
        if (rule == null) {
            rule = tracker.lastRule;
            offset = tracker.insertedAt == NOT_INSERTING ? tracker.offset(text) : tracker.insertedAt;
        }
        return new RuleFaultException(rule, offset, "rule '" + rule + "'" + fileOf(rule) + " failed" + where
                + (offset >= 0 ? " near character " + offset : "") + ": " + root, e);
    }

    private String fileOf(String rule) {
        for (RuleBase.RuleInfo r : rules.rules()) {
            if (r.name().equals(rule) && !r.file().isEmpty()) {
                return " (" + r.file() + ")";
            }
        }
        return "";
    }

    private List<Requirement> requirementsFor(TokenizedText text, Candidate c) {
        List<Condition> conditions = c.getProposal().conditions();
        if (conditions.isEmpty()) {
            return List.of();
        }
        List<Requirement> reqs = new ArrayList<>(conditions.size());
        int start = c.getStart();
        int end = c.getEnd();
        int sentence = text.token(start).sentence();
        for (Condition cond : conditions) {
            Requirement r;
            switch (cond.where()) {
                case NEXT: {
                    int anchor = end < text.size() && text.token(end).sentence() == sentence ? end : -1;
                    r = new Requirement(c, cond, anchor, sentence, anchor, anchor + 1);
                    if (anchor < 0 && cond.keys().contains("@end")) {
                        r.found("(end of sentence)");
                    }
                    break;
                }
                case PREV: {
                    int anchor = start > 0 && text.token(start - 1).sentence() == sentence ? start - 1 : -1;
                    r = new Requirement(c, cond, anchor, sentence, anchor, anchor + 1);
                    if (anchor < 0 && cond.keys().contains("@start")) {
                        r.found("(start of sentence)");
                    }
                    break;
                }
                default: {
                    int from = Math.max(0, start - options.nearWindow());
                    int to = Math.min(text.size(), end + options.nearWindow());
                    r = new Requirement(c, cond, -1, sentence, from, to);
                }
            }
            reqs.add(r);
        }
        return reqs;
    }

    /**
     * The keys a token answers to: its forms, base forms and their word classes, and @number or
     * @capitalized. They depend on its lower-case form, its kind and whether it is capitalized
     * inside a sentence, so they are built once per word type and shape for the engine's life.
     */
    private Set<String> keysOf(TokenizedText text, int i) {
        Token t = text.token(i);
        boolean capitalized = (t.shape() == CaseShape.CAPITALIZED || t.shape() == CaseShape.UPPER) && !text.startsSentence(i);
        TypeCache<Set<String>> cache = contextKeys.get(t.kind().ordinal() * 2 + (capitalized ? 1 : 0));
        return cache.get(t.lower(), t, capitalized ? capitalizedWordKeys : wordKeys);
    }

    private Set<String> contextKeys(String lowerForm, Token t, boolean capitalized) {
        Set<String> keys = new HashSet<>(t.lemmas());
        boolean number = t.kind() == TokenKind.NUMBER;
        String lower = PhraseKeys.plainApostrophes(lowerForm);
        keys.add(lower);
        for (String k : List.copyOf(keys)) {
            keys.addAll(classes.classesOf(k));
        }
        if (number) {
            keys.add("@number");
        }
        if (capitalized) {
            keys.add("@capitalized");
        }
        return Set.copyOf(keys);
    }

    private static int countWords(TokenizedText text) {
        int n = 0;
        for (Token t : text.tokens()) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** Remembers the rule firing now and the candidate it works on, for fault messages. */
    private static final class FiringTracker extends DefaultAgendaEventListener {
        String lastRule = "(none)";
        int insertedAt = NOT_INSERTING;
        /** Read only when a fault is reported: listing a match's facts on every firing costs. */
        Match lastMatch;
        final Set<String> fired = new HashSet<>();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastMatch = event.getMatch();
            lastRule = lastMatch.getRule().getName();
            fired.add(lastRule);
        }

        int offset(TokenizedText text) {
            Candidate last = null;
            if (lastMatch != null) {
                for (Object o : lastMatch.getObjects()) {
                    if (o instanceof Candidate c) {
                        last = c;
                    } else if (o instanceof Requirement r) {
                        last = r.getCandidate();
                    }
                }
            }
            return last == null ? -1 : text.token(last.getStart()).start();
        }
    }
}
