package org.unspin.candidates;

import org.unspin.lexicon.Strength;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes typographic quotes for a text that has only straight ones: spinners and scrapers
 * flatten "’" and "“…”" to ASCII, so in a document the rules find spun, straight quotes go
 * back to curly ones. A text that already holds a curly quote keeps its own style.
 */
public final class TypographyMatcher implements ProposalSource {

    @Override
    public List<Proposal> propose(TokenizedText text) {
        String s = text.text();
        if (s.indexOf('\u2019') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0 || s.indexOf('\u2018') >= 0) {
            return List.of();
        }
        List<Proposal> out = new ArrayList<>();
        for (Token t : text.tokens()) {
            String curled = curl(s, t);
            if (!curled.equals(t.text())) {
                out.add(Proposal.plain(t.index(), t.index() + 1, curled, Strength.WEAK, Confidence.TYPOGRAPHY,
                        Proposal.Origin.of(Proposal.TYPOGRAPHY, "typographic quotes")));
            }
        }
        return out;
    }

    private static String curl(String s, Token t) {
        String text = t.text();
        if (text.equals("\"")) {
            boolean opening = t.start() == 0 || isOpeningContext(s.charAt(t.start() - 1));
            return opening ? "\u201C" : "\u201D";
        }
        if (text.indexOf('\'') < 0) {
            return text;
        }
        if (text.equals("'")) {
            boolean opening = t.start() == 0 || isOpeningContext(s.charAt(t.start() - 1));
            return opening ? "\u2018" : "\u2019";
        }
        return text.replace('\'', '\u2019');
    }

    private static boolean isOpeningContext(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014' || before == '-';
    }

    /** Curls apostrophes and quotes inside a restored phrase the same way. */
    public static String curlPhrase(String phrase) {
        if (phrase.indexOf('\'') < 0 && phrase.indexOf('"') < 0) {
            return phrase;
        }
        StringBuilder b = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean opening = i == 0 || isOpeningContext(phrase.charAt(i - 1));
            if (c == '\'') {
                b.append(opening ? '\u2018' : '\u2019');
            } else if (c == '"') {
                b.append(opening ? '\u201C' : '\u201D');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
