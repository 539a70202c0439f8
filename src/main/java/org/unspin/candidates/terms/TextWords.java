package org.unspin.candidates.terms;

import org.unspin.tokenize.CaseShape;
import org.unspin.tokenize.Token;
import org.unspin.tokenize.TokenKind;
import org.unspin.tokenize.TokenizedText;
import org.unspin.wordnet.TermInventory;

import java.util.Arrays;

/**
 * What one pass over a text knows of its words, each looked up at most once (a token ends and
 * starts several phrases), and which of its phrases could be a swapped term at all.
 */
final class TextWords {

    final TokenizedText text;
    private final WordTypes wordTypes;
    private final WordType[] types;
    /** For phrases ending at {@link #windowsEnd}, per length: 0 not yet checked, 1 a window, -1 not a window. */
    private final int[] windowChecked = new int[TermInventory.MAX_WORDS + 1];
    private int windowsEnd = -1;

    TextWords(TokenizedText text, WordTypes wordTypes) {
        this.text = text;
        this.wordTypes = wordTypes;
        this.types = new WordType[text.size()];
    }

    /** The word type of a word token. */
    WordType type(int i) {
        WordType t = types[i];
        if (t == null) {
            types[i] = t = wordTypes.of(text.token(i));
        }
        return t;
    }

    /** A word of three letters or more that is no function word. */
    boolean isContentWord(int i) {
        Token t = text.token(i);
        return t.kind() == TokenKind.WORD && t.length() > 2 && !type(i).functionWord;
    }

    /**
     * Whether tokens [start, end] (at most {@link TermInventory#MAX_WORDS}) could be a swapped
     * term: words only, one sentence, content words at both ends, and either no capitals or all
     * capitals (a name). Remembered per length for the phrases ending at one token, the order in
     * which the matcher asks.
     */
    boolean isWindow(int start, int end) {
        if (end != windowsEnd) {
            Arrays.fill(windowChecked, 0);
            windowsEnd = end;
        }
        int n = end - start + 1;
        if (windowChecked[n] == 0) {
            windowChecked[n] = computeIsWindow(start, end) ? 1 : -1;
        }
        return windowChecked[n] > 0;
    }

    private boolean computeIsWindow(int start, int end) {
        int sentence = text.token(end).sentence();
        int capitalized = 0;
        for (int i = start; i <= end; i++) {
            Token t = text.token(i);
            if (t.kind() != TokenKind.WORD || t.sentence() != sentence || t.text().indexOf('-') >= 0) {
                return false;
            }
            boolean cap = t.shape() == CaseShape.CAPITALIZED || t.shape() == CaseShape.UPPER || t.shape() == CaseShape.MIXED;
            if (cap && !(i == start && text.startsSentence(i))) {
                capitalized++;
            }
        }
        int inner = end - start + 1 - (text.startsSentence(start) ? 1 : 0);
        if (capitalized != 0 && capitalized != inner) {
            return false;
        }
        return isContentWord(start) && isContentWord(end);
    }
}
