package org.unspin.lm;

/**
 * Word to id map that looks a {@link CharSequence} up without allocating: open addressing over
 * the words' own hash codes (String's, computed here from the characters). Ids are the positions
 * in the word array given; a word that occurs twice keeps its first id.
 */
final class WordIds {
    private final String[] words;
    private final int[] slots; // id + 1, 0 for an empty slot
    private final int mask;

    WordIds(String[] words) {
        this.words = words;
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int id = 0; id < words.length; id++) {
            int slot = hash(words[id]) & mask;
            while (slots[slot] != 0 && !words[slots[slot] - 1].equals(words[id])) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = id + 1;
            }
        }
    }

    int id(CharSequence word) {
        int slot = hash(word) & mask;
        for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (words[entry - 1].contentEquals(word)) {
                return entry - 1;
            }
        }
        return LanguageModel.UNKNOWN;
    }

    String word(int id) {
        return words[id];
    }

    int size() {
        return words.length;
    }

    /** String.hashCode's formula, spread so that neighbouring slots do not fill up together */
    private static int hash(CharSequence word) {
        int h = 0;
        for (int i = 0, n = word.length(); i < n; i++) {
            h = 31 * h + word.charAt(i);
        }
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

}
