package org.unspin.thesaurus;

import org.unspin.morphology.WordClass;

import java.util.ArrayList;
import java.util.List;

/**
 * Moby Thesaurus II read backwards: the heads whose entry lists the spun word. Moby gives no
 * word classes, so each head is offered in the class asked for (the candidate stage checks that
 * the head has a form of that class).
 */
public final class MobyNeighbours implements NeighbourSource {

    private final MobyThesaurus moby;

    public MobyNeighbours(MobyThesaurus moby) {
        this.moby = moby;
    }

    @Override
    public String name() {
        return "moby";
    }

    @Override
    public List<Neighbour> originalsOf(String spunLemma, WordClass wordClass) {
        int id = moby.id(spunLemma);
        if (id < 0) {
            return List.of();
        }
        int n = moby.headsListingCount(id);
        List<Neighbour> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int head = moby.headListing(id, i);
            String original = moby.term(head);
            if (!original.equals(spunLemma)) {
                out.add(new Neighbour(original, wordClass, Relation.LISTED, name(), Math.max(1, moby.listedCount(head))));
            }
        }
        return out;
    }
}
