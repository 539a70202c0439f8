package org.unspin.score.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.unspin.score.Scorer;
import org.unspin.score.ScoringExamples;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void referencePairReportsWer42WithAllFields() throws Exception {
        String spun = ScoringExamples.referenceSpun();
        JsonNode json = parse(JsonReport.render(Scorer.score(ScoringExamples.referenceOriginal(), spun, spun)));
        assertEquals(42.48, json.get("wer").asDouble());
        assertEquals(List.of("schema", "wer", "cer", "bleu", "chrf", "precision", "recall", "f05", "counts", "baseline",
                "relative_improvement", "bleu_signature", "chrf_signature", "bleu_details", "edits"), fieldNames(json));
        assertEquals(List.of("words", "characters", "edits"), fieldNames(json.get("counts")));
        assertEquals(List.of("original", "candidate", "hits", "substitutions", "deletions", "insertions"),
                fieldNames(json.get("counts").get("words")));
        assertEquals(List.of("gold", "system", "tp", "fp", "fn", "wrong", "false_alarm", "missed"),
                fieldNames(json.get("counts").get("edits")));
        assertEquals(419, json.get("counts").get("words").get("original").asInt());
        assertEquals(List.of("wer", "cer", "bleu", "chrf", "precision", "recall", "f05", "counts"),
                fieldNames(json.get("baseline")));
        assertEquals(List.of("wer", "cer", "bleu", "chrf", "precision", "recall", "f05"),
                fieldNames(json.get("relative_improvement")));
        assertEquals(List.of("tp", "fp", "fn"), fieldNames(json.get("edits")));
        assertEquals("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:unspin", json.get("bleu_signature").asText());
        assertEquals("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:unspin", json.get("chrf_signature").asText());
        assertEquals(json.get("counts").get("edits").get("gold").asInt(), json.get("edits").get("fn").size());
    }

    @Test
    void listsTheEditsWithOutcomesAndAnnotations() throws Exception {
        JsonNode json = parse(JsonReport.render(Scorer.score(ScoringExamples.ORIGINAL, ScoringExamples.CANDIDATE,
                ScoringExamples.SPUN, ScoringExamples.ANNOTATIONS)));
        assertEquals(0.3333, json.get("precision").asDouble());
        assertEquals(0.25, json.get("recall").asDouble());
        assertEquals(0.3125, json.get("f05").asDouble());
        JsonNode truePositive = json.get("edits").get("tp").get(0);
        assertEquals("Little", truePositive.get("before").asText());
        assertEquals("Small", truePositive.get("after").asText());
        assertEquals("correct", truePositive.get("outcome").asText());
        assertEquals(0, truePositive.get("start").asInt());
        assertEquals(6, truePositive.get("end").asInt());
        JsonNode wrong = json.get("edits").get("fp").get(0);
        assertEquals("wrong", wrong.get("outcome").asText());
        assertEquals("because", wrong.get("after").asText());
        assertEquals("restore-conjunction", wrong.get("annotations").get(0).get("rule").asText());
        assertEquals("lexicon/phrases.tsv:42", wrong.get("annotations").get(0).get("source").asText());
        assertEquals("false_alarm", json.get("edits").get("fp").get(1).get("outcome").asText());
        assertEquals(List.of("missed", "wrong", "missed"), outcomes(json.get("edits").get("fn")));
        assertEquals(0.25, json.get("relative_improvement").get("recall").asDouble());
        assertEquals(0.3125, json.get("relative_improvement").get("f05").asDouble());
    }

    @Test
    void withoutSpunTextEditFieldsAreNull() throws Exception {
        JsonNode json = parse(JsonReport.render(Scorer.score("a b c", "a b d")));
        assertEquals(33.33, json.get("wer").asDouble());
        assertTrue(json.get("precision").isNull());
        assertTrue(json.get("f05").isNull());
        assertTrue(json.get("baseline").isNull());
        assertTrue(json.get("relative_improvement").isNull());
        assertTrue(json.get("edits").isNull());
        assertTrue(json.get("counts").get("edits").isNull());
    }

    @Test
    void degenerateInputsGiveOnlyFiniteNumbers() throws Exception {
        for (String[] texts : new String[][] {{"", "", ""}, {"", "x", ""}, {"x", "", "x"}, {"x", "x", "x"}}) {
            String rendered = JsonReport.render(Scorer.score(texts[0], texts[1], texts[2]));
            assertFalse(rendered.contains("NaN") || rendered.contains("Infinity"), rendered);
            parse(rendered).findValues("wer").forEach(v -> assertTrue(v.isNumber(), rendered));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> outcomes(JsonNode edits) {
        List<String> outcomes = new ArrayList<>();
        edits.forEach(e -> outcomes.add(e.get("outcome").asText()));
        return outcomes;
    }
}
