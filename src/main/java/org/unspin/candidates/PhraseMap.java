package org.unspin.candidates;

import org.unspin.lexicon.LexiconEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon entries indexed by their spun words in a trie, so text is matched in one pass with
 * one hash lookup per token and key (Lucene's SynonymMap idea). Immutable; build with
 * {@link Builder}. Limits: phrases of at most 8 words; keys are lower-case words with plain
 * apostrophes.
 */
public final class PhraseMap {

    static final class Node {
        final Map<String, Node> children;
        final List<LexiconEntry> entries;

        Node(Map<String, Node> children, List<LexiconEntry> entries) {
            this.children = children;
            this.entries = entries;
        }
    }

    private final Node root;
    private final int size;

    private PhraseMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    Node root() {
        return root;
    }

    public int size() {
        return size;
    }

    public static final class Builder {
        private final MutableNode root = new MutableNode();
        private int size;

        private static final class MutableNode {
            final Map<String, MutableNode> children = new HashMap<>();
            final List<LexiconEntry> entries = new ArrayList<>();
        }

        public Builder add(LexiconEntry entry) {
            MutableNode node = root;
            for (String word : entry.spunWords()) {
                node = node.children.computeIfAbsent(word, k -> new MutableNode());
            }
            node.entries.add(entry);
            size++;
            return this;
        }

        public PhraseMap build() {
            return new PhraseMap(freeze(root), size);
        }

        private static Node freeze(MutableNode n) {
            Map<String, Node> children = new HashMap<>(Math.max(4, n.children.size() * 2));
            n.children.forEach((k, v) -> children.put(k, freeze(v)));
            return new Node(Collections.unmodifiableMap(children), List.copyOf(n.entries));
        }
    }
}
