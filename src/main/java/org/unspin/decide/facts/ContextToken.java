package org.unspin.decide.facts;

import java.util.Collections;
import java.util.Set;

/**
 * A token near some candidate, as the guard rules see it: its position, sentence and the keys
 * it answers to (lower-case form, base forms, word classes such as @market or @number).
 * Only tokens inside a guard's window that answer to one of its keys are inserted (no other
 * token could satisfy a guard), never the whole document.
 */
public final class ContextToken {
    private final int index;
    private final int sentence;
    private final String text;
    private final Set<String> keys;

    public ContextToken(int index, int sentence, String text, Set<String> keys) {
        this.index = index;
        this.sentence = sentence;
        this.text = text;
        this.keys = keys;
    }

    public int getIndex() { return index; }
    public int getSentence() { return sentence; }
    public String getText() { return text; }
    public Set<String> getKeys() { return keys; }

    public boolean hasAny(Set<String> wanted) {
        return !Collections.disjoint(keys, wanted);
    }

    @Override
    public String toString() {
        return "ContextToken#" + index + " '" + text + "'";
    }
}
