package org.unspin.score.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unspin.score.BleuScore;
import org.unspin.score.EditAnnotation;
import org.unspin.score.EditScore;
import org.unspin.score.ErrorRate;
import org.unspin.score.JudgedEdit;
import org.unspin.score.Metric;
import org.unspin.score.MetricSet;
import org.unspin.score.Score;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The score as JSON. Field names are stable; fields are always present, {@code null} where a
 * value needs the spun text and none was given or is undefined (precision of a text that makes no
 * edit). Percentages have 2 decimals, fractions 4.
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>unit</th><th>meaning</th></tr>
 * <tr><td>schema</td><td>int</td><td>version of this layout, 1</td></tr>
 * <tr><td>wer</td><td>percent</td><td>word error rate, (S+D+I)/N over lowercased words and punctuation marks (jiwer)</td></tr>
 * <tr><td>cer</td><td>percent</td><td>character error rate over the whitespace-normalised, lowercased text</td></tr>
 * <tr><td>bleu</td><td>0..100</td><td>corpus BLEU-4, sacreBLEU defaults (see bleu_signature)</td></tr>
 * <tr><td>chrf</td><td>0..100</td><td>chrF2, sacreBLEU defaults (see chrf_signature)</td></tr>
 * <tr><td>precision, recall, f05</td><td>fraction 0..1</td><td>edit-level scores, ERRANT conventions</td></tr>
 * <tr><td>counts.words, counts.characters</td><td>int</td><td>original, candidate, hits, substitutions, deletions, insertions</td></tr>
 * <tr><td>counts.edits</td><td>int</td><td>gold, system, tp, fp, fn, wrong, false_alarm, missed</td></tr>
 * <tr><td>baseline</td><td>object</td><td>the same metric fields and counts for the spun text</td></tr>
 * <tr><td>relative_improvement</td><td>fraction -1..1</td><td>per metric, share of the baseline's distance to a perfect score removed</td></tr>
 * <tr><td>bleu_signature, chrf_signature</td><td>string</td><td>sacreBLEU-style settings</td></tr>
 * <tr><td>bleu_details</td><td>object</td><td>precisions (percent, n=1..4), brevity_penalty, candidate_length, reference_length</td></tr>
 * <tr><td>edits.tp, edits.fp, edits.fn</td><td>list</td><td>start, end (characters of the spun text), before, after, outcome, annotations [{rule, source}]</td></tr>
 * </table>
 *
 * <p>The same table, with examples, is in SCORING.md next to the scorer.
 */
final class JsonReport {

    public static final int SCHEMA = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(Score score) {
        try {
            return MAPPER.writeValueAsString(tree(score)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a Jackson tree. */
    public static ObjectNode tree(Score score) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        putMetrics(root, score.metrics());
        if (score.baseline().isPresent()) {
            putMetrics(root.putObject("baseline"), score.baseline().get());
            ObjectNode improvement = root.putObject("relative_improvement");
            for (Metric metric : Metric.values()) {
                putFraction(improvement, metric.key(), score.relativeImprovement(metric));
            }
        } else {
            root.putNull("baseline");
            root.putNull("relative_improvement");
        }
        BleuScore bleu = score.metrics().bleu();
        root.put("bleu_signature", bleu.signature());
        root.put("chrf_signature", score.metrics().chrf().signature());
        ObjectNode details = root.putObject("bleu_details");
        ArrayNode precisions = details.putArray("precisions");
        bleu.precisions().forEach(p -> precisions.add(Numbers.percent(p)));
        details.put("brevity_penalty", Numbers.fraction(bleu.brevityPenalty()));
        details.put("candidate_length", bleu.candidateLength());
        details.put("reference_length", bleu.referenceLength());
        if (score.metrics().edits().isPresent()) {
            EditScore edits = score.metrics().edits().get();
            ObjectNode lists = root.putObject("edits");
            putEdits(lists.putArray("tp"), edits.truePositives());
            putEdits(lists.putArray("fp"), edits.falsePositives());
            putEdits(lists.putArray("fn"), edits.falseNegatives());
        } else {
            root.putNull("edits");
        }
        return root;
    }

    private static void putMetrics(ObjectNode node, MetricSet metrics) {
        for (Metric metric : Metric.values()) {
            OptionalDouble value = metric.of(metrics);
            if (value.isEmpty()) {
                node.putNull(metric.key());
            } else if (metric.isPercent()) {
                node.put(metric.key(), Numbers.percent(value.getAsDouble()));
            } else {
                node.put(metric.key(), Numbers.fraction(value.getAsDouble()));
            }
        }
        ObjectNode counts = node.putObject("counts");
        putCounts(counts.putObject("words"), metrics.words());
        putCounts(counts.putObject("characters"), metrics.characters());
        if (metrics.edits().isPresent()) {
            EditScore edits = metrics.edits().get();
            ObjectNode editCounts = counts.putObject("edits");
            editCounts.put("gold", edits.gold().size());
            editCounts.put("system", edits.system().size());
            editCounts.put("tp", edits.truePositiveCount());
            editCounts.put("fp", edits.falsePositiveCount());
            editCounts.put("fn", edits.falseNegativeCount());
            editCounts.put("wrong", edits.wrongCount());
            editCounts.put("false_alarm", edits.falseAlarmCount());
            editCounts.put("missed", edits.missedCount());
        } else {
            counts.putNull("edits");
        }
    }

    private static void putCounts(ObjectNode node, ErrorRate rate) {
        node.put("original", rate.referenceLength());
        node.put("candidate", rate.hypothesisLength());
        node.put("hits", rate.hits());
        node.put("substitutions", rate.substitutions());
        node.put("deletions", rate.deletions());
        node.put("insertions", rate.insertions());
    }

    private static void putEdits(ArrayNode array, List<JudgedEdit> edits) {
        for (JudgedEdit judged : edits) {
            ObjectNode node = array.addObject();
            node.put("start", judged.edit().sourceChars().start());
            node.put("end", judged.edit().sourceChars().end());
            node.put("before", judged.edit().before());
            node.put("after", judged.edit().after());
            node.put("outcome", judged.outcome().key());
            ArrayNode annotations = node.putArray("annotations");
            for (EditAnnotation annotation : judged.annotations()) {
                annotations.addObject().put("rule", annotation.rule()).put("source", annotation.source());
            }
        }
    }

    private static void putFraction(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, Numbers.fraction(value.getAsDouble()));
        } else {
            node.putNull(key);
        }
    }
}
