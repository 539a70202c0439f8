package org.unspin.realize;

import org.unspin.candidates.Proposal;
import org.unspin.candidates.TypographyMatcher;
import org.unspin.decide.facts.Candidate;
import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.Inflection;
import org.unspin.wordnet.Inflector;
import org.unspin.tokenize.FunctionWords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes accepted decisions out as text edits: the restored phrase takes the spun phrase's
 * inflection (increases -> gains, dropping -> falling) and capitalization (Little -> Small),
 * deleted filler takes one neighbouring space with it, quotes follow the document's style, and an
 * article before a restored word is made to agree with it (a killing try -> an assassination attempt).
 */
public final class Realizer {

    public static final String RULE_ARTICLE = "realize: article agreement";
    private static final Set<String> PARTICIPLE_AUXILIARIES = Set.of("have", "has", "had", "having", "be", "been", "being",
            "is", "are", "was", "were", "'ve", "'s");

    private static final Set<String> PARTICIPLE_FOLLOWERS = Set.of("as", "by");

    private final Inflector inflector;

    public Realizer(Inflector inflector) {
        this.inflector = inflector;
    }

    public List<RealizedEdit> realize(TokenizedText text, List<Candidate> accepted) {
        List<Candidate> sorted = new ArrayList<>(accepted);
        sorted.sort(Comparator.comparingInt(Candidate::getStart));
        boolean curly = sorted.stream().anyMatch(c -> Proposal.TYPOGRAPHY.equals(c.getKind()));
        List<RealizedEdit> edits = new ArrayList<>(sorted.size() + 4);
        int coveredUntil = -1;
        for (Candidate c : sorted) {
            if (c.getStart() < coveredUntil) {
                continue; // overlaps were resolved by the rules; never write two edits over one word
            }
            RealizedEdit edit = c.isDeletion() ? deletion(text, c) : replacement(text, c, curly);
            if (!edits.isEmpty() && edit.start() < edits.get(edits.size() - 1).end()) {
                continue;
            }
            edits.add(edit);
            coveredUntil = c.getEnd();
        }
        return withArticleAgreement(text, edits);
    }

    private RealizedEdit deletion(TokenizedText text, Candidate c) {
        Token first = text.token(c.getStart());
        Token last = text.token(c.getEnd() - 1);
        String s = text.text();
        int start = first.start();
        int end = last.end();
        if (start > 0 && Character.isWhitespace(s.charAt(start - 1)) && c.getStart() > 0) {
            start = text.token(c.getStart() - 1).end();
        } else if (end < s.length() && Character.isWhitespace(s.charAt(end))) {
            end = c.getEnd() < text.size() ? text.token(c.getEnd()).start() : s.length();
        }
        return new RealizedEdit(start, end, s.substring(start, end), "", c.getDecidedBy(), c);
    }

    private RealizedEdit replacement(TokenizedText text, Candidate c, boolean curly) {
        Proposal p = c.getProposal();
        Token first = text.token(c.getStart());
        Token last = text.token(c.getEnd() - 1);
        String after = inflected(p, p.replacement(),
                p.inflection() != Inflection.BASE && isParticipleContext(text, c.getStart(), c.getEnd()));
        if (!Proposal.TYPOGRAPHY.equals(p.kind())) {
            after = isTitled(text, c.getStart(), c.getEnd()) && after.equals(after.toLowerCase(Locale.ROOT))
                    ? titleCase(after) : applyCase(after, shapeOf(text, c.getStart(), c.getEnd()), first.text());
            if (curly) {
                after = TypographyMatcher.curlPhrase(after);
            }
        }
        String before = text.text().substring(first.start(), last.end());
        return new RealizedEdit(first.start(), last.end(), before, after, c.getDecidedBy(), c);
    }

    /**
     * {@code replacement} (a proposal's, or its lower-case form) in the spun words' inflection:
     * word for word where the proposal gives one per word ("getting footing" -> "gaining
     * traction", "jumping tolls" -> "hiking tariffs"), else on its head word; past forms become
     * participles where {@code participle} says the context wants them.
     */
    public String inflected(Proposal p, String replacement, boolean participle) {
        if (p.inflection() == Inflection.BASE) {
            return replacement;
        }
        String[] words = replacement.split(" ");
        if (words.length == p.wordInflections().size()) {
            for (int i = 0; i < words.length; i++) {
                words[i] = inflectWord(words[i], participleIfNeeded(p.wordInflections().get(i), participle));
            }
        } else {
            int i = p.head() == Proposal.Head.FIRST ? 0 : words.length - 1;
            words[i] = inflectWord(words[i], participleIfNeeded(p.inflection(), participle));
        }
        return String.join(" ", words);
    }

    private String inflectWord(String w, Inflection inflection) {
        if (inflection == Inflection.BASE || w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        return CaseShape.of(w).apply(inflector.inflect(w.toLowerCase(Locale.ROOT), inflection));
    }

    private static Inflection participleIfNeeded(Inflection inflection, boolean participle) {
        return inflection == Inflection.PAST && participle ? Inflection.PAST_PARTICIPLE : inflection;
    }

    /**
     * A past form after "has"/"was" or before "as"/"by" ("viewed as", "hit by") is a participle:
     * "seen as", not "saw as".
     */
    private static boolean isParticipleContext(TokenizedText text, int start, int end) {
        if (start > 0) {
            String prev = text.token(start - 1).lower();
            if (PARTICIPLE_AUXILIARIES.contains(prev) || prev.equals(",")) {
                return true;
            }
        }
        return end < text.size() && PARTICIPLE_FOLLOWERS.contains(text.token(end).lower());
    }

    /** A name: two or more words, each capitalized ("Federal Reservoir", "Little Hats"). */
    private static boolean isTitled(TokenizedText text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            Token t = text.token(i);
            if (t.isWord() && !FunctionWords.TITLE_MINOR_WORDS.contains(t.lower()) && t.shape() != CaseShape.CAPITALIZED) {
                return false;
            }
        }
        return true;
    }

    static String titleCase(String lower) {
        String[] words = lower.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !FunctionWords.TITLE_MINOR_WORDS.contains(words[i])) {
                words[i] = CaseShape.CAPITALIZED.apply(words[i]);
            }
        }
        return String.join(" ", words);
    }

    /**
     * The case shape a restoration takes from its spun words: the first word's, except that capitals
     * carry over to the whole restoration only if every word is in capitals ("S&P 500 mark" is no
     * shouted phrase: its restoration is written as the lexicon writes it).
     */
    private static CaseShape shapeOf(TokenizedText text, int start, int end) {
        CaseShape first = text.token(start).shape();
        if (first != CaseShape.UPPER) {
            return first;
        }
        for (int i = start + 1; i < end; i++) {
            Token t = text.token(i);
            if (t.isWord() && t.shape() != CaseShape.UPPER) {
                return CaseShape.CAPITALIZED;
            }
        }
        return first;
    }

    /** The spun phrase's capitalization carried over; a restoration written with capitals keeps them. */
    static String applyCase(String after, CaseShape spunShape, String spunText) {
        if (after.isEmpty()) {
            return after;
        }
        if (spunShape == CaseShape.UPPER && spunText.length() > 1) {
            return after.toUpperCase(Locale.ROOT);
        }
        if (spunShape == CaseShape.CAPITALIZED) {
            return after.substring(0, 1).toUpperCase(Locale.ROOT) + after.substring(1);
        }
        return after;
    }

    private static List<RealizedEdit> withArticleAgreement(TokenizedText text, List<RealizedEdit> edits) {
        List<RealizedEdit> out = new ArrayList<>(edits.size());
        int previousEnd = -1;
        for (RealizedEdit e : edits) {
            Candidate c = e.candidate();
            if (!e.after().isEmpty() && c.getStart() > 0) {
                Token article = text.token(c.getStart() - 1);
                String a = article.lower();
                if ((a.equals("a") || a.equals("an")) && article.start() >= previousEnd) {
                    String wanted = Articles.articleFor(firstWord(e.after()));
                    if (!wanted.equals(a)) {
                        String written = CaseShape.of(article.text()).apply(wanted);
                        out.add(new RealizedEdit(article.start(), article.end(), article.text(), written, RULE_ARTICLE, c));
                    }
                }
            }
            out.add(e);
            previousEnd = e.end();
        }
        return out;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '&')) {
            j++;
        }
        return s.substring(i, j);
    }
}
