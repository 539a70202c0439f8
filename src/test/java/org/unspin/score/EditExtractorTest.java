package org.unspin.score;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditExtractorTest {

    private static List<String> beforeAfter(List<WordEdit> edits) {
        return edits.stream().map(e -> e.before() + " -> " + e.after()).toList();
    }

    @Test
    void splitsARunBeforeEverySubstitution() {
        List<WordEdit> edits = EditExtractor.between("Little hats rallied.", "Small caps rallied.");
        assertEquals(List.of("Little -> Small", "hats -> caps"), beforeAfter(edits));
        assertEquals(new Span(0, 1), edits.get(0).sourceTokens());
        assertEquals(new Span(1, 2), edits.get(1).sourceTokens());
    }

    @Test
    void gapsJoinTheSubstitutionBeforeThem() {
        List<WordEdit> edits = EditExtractor.between("up due to the fact that January", "up since January");
        assertEquals(List.of("due to the fact that -> since"), beforeAfter(edits));
        WordEdit edit = edits.get(0);
        assertEquals(new Span(1, 6), edit.sourceTokens());
        assertEquals(new Span(1, 2), edit.targetTokens());
        assertEquals(new Span(3, 23), edit.sourceChars());
        assertEquals(new Span(3, 8), edit.targetChars());
    }

    @Test
    void insertionsAndDeletionsOnTheirOwn() {
        List<WordEdit> edits = EditExtractor.between("in Nyc City today", "in New York City");
        assertEquals(List.of("Nyc -> New York", "today -> "), beforeAfter(edits));
        WordEdit deletion = edits.get(1);
        assertEquals(new Span(3, 4), deletion.sourceTokens());
        assertEquals(new Span(4, 4), deletion.targetTokens());
        assertEquals(new Span(16, 16), deletion.targetChars(), "deleted at the end of the target");

        WordEdit insertion = EditExtractor.between("the Stock Exchange", "the New York Stock Exchange").get(0);
        assertEquals(new Span(1, 1), insertion.sourceTokens());
        assertEquals(new Span(4, 4), insertion.sourceChars(), "inserted before 'Stock'");
        assertEquals("New York", insertion.after());
    }

    @Test
    void comparesCaseInsensitivelyButReportsTheSurfaceForm() {
        assertEquals(List.of(), EditExtractor.between("NEW york", "New York"));
        assertEquals(List.of("Head of state -> President"),
                beforeAfter(EditExtractor.between("past Head of state Donald", "past President Donald")));
    }

    @Test
    void emptyTexts() {
        assertEquals(List.of(), EditExtractor.between("", ""));
        assertEquals(List.of(" -> a b"), beforeAfter(EditExtractor.between("", "a b")));
        assertEquals(List.of("a b -> "), beforeAfter(EditExtractor.between("a b", "")));
    }
}
