package org.unspin.workflow;

import org.unspin.candidates.Confidence;
import org.unspin.candidates.Proposal;
import org.unspin.decide.DecideOptions;
import org.unspin.decide.Decider;
import org.unspin.decide.Decisions;
import org.unspin.decide.RuleBase;
import org.unspin.lexicon.Condition;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.LexiconEntry;
import org.unspin.lexicon.Strength;
import org.unspin.tokenize.EnglishTokenizer;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon entries that can never fire: guards that contradict each other
 * ({@code next:of !next:of}), and entries of a kind no rule accepts even when every guard holds
 * and the document is declared spun with the lexicon's strong restorations beside it (probed
 * through the rules themselves).
 */
public final class LexiconLint {

    private final RuleBase rules;
    private final Lexicon lexicon;

    public LexiconLint(RuleBase rules, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
    }

    public List<Finding> check() {
        List<Finding> out = new ArrayList<>();
        Decider decider = new Decider(rules, lexicon.classes(), DecideOptions.defaults());
        EnglishTokenizer tokenizer = new EnglishTokenizer(Set::of);
        Map<String, Boolean> acceptedByShape = new java.util.HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            String contradiction = contradiction(e.conditions());
            if (contradiction != null) {
                out.add(new Finding(e.source().file(), e.source().line(), true, "can never fire: " + contradiction));
                continue;
            }
            String shape = e.strength() + "/" + e.isDeletion();
            boolean accepted = acceptedByShape.computeIfAbsent(shape, k -> probe(decider, tokenizer, e));
            if (!accepted) {
                out.add(new Finding(e.source().file(), e.source().line(), true,
                        "can never fire: no rule accepts a " + e.strength().name().toLowerCase() + (e.isDeletion() ? " deletion" : " entry")
                                + " even with every guard holding in a spun document"));
            }
        }
        return out;
    }

    /**
     * The entry in the document most in its favour: declared spun, and with as many strong
     * restorations of the lexicon beside it as the engine asks for (the evidence its weak rows
     * and filler deletions may need).
     */
    private static boolean probe(Decider decider, EnglishTokenizer tokenizer, LexiconEntry e) {
        StringBuilder text = new StringBuilder(e.spun());
        for (int i = 0; i < DecideOptions.defaults().minStrongEdits(); i++) {
            text.append(" witness");
        }
        TokenizedText tokens = new TokenizedText(text.toString(), tokenizer.tokenize(text.toString()));
        int entryTokens = 0;
        while (entryTokens < tokens.size() && tokens.token(entryTokens).end() <= e.spun().length()) {
            entryTokens++;
        }
        if (entryTokens == 0) {
            return false;
        }
        List<Proposal> proposals = new ArrayList<>();
        proposals.add(Proposal.plain(0, entryTokens, e.original(), e.strength(), Confidence.entry(e.strength()),
                new Proposal.Origin(Proposal.LEXICON, e, e.source(), "probe")));
        for (int i = entryTokens; i < tokens.size(); i++) {
            proposals.add(Proposal.plain(i, i + 1, "strong", Strength.STRONG, Confidence.entry(Strength.STRONG),
                    new Proposal.Origin(Proposal.LEXICON, null, null, "probe: a strong restoration beside it")));
        }
        Decisions d = decider.decide(tokens, proposals, true);
        return d.accepted().stream().anyMatch(c -> c.getStart() == 0);
    }

    /** A positive and a negated guard at the same position naming the same word. */
    static String contradiction(List<Condition> conditions) {
        for (Condition a : conditions) {
            for (Condition b : conditions) {
                if (a.where() == b.where() && !a.negated() && b.negated()) {
                    Set<String> left = new HashSet<>(a.keys());
                    left.removeAll(b.keys());
                    if (left.isEmpty()) {
                        return "'" + a.text() + "' and '" + b.text() + "' cannot both hold";
                    }
                }
            }
        }
        return null;
    }
}
