package org.unspin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unspin.Edit;
import org.unspin.NearMiss;
import org.unspin.Restoration;

/** The JSON form of a restoration: {"text": ..., "edits": [...], ...} with stable field names. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** One object per line (JSON Lines). */
    static final ObjectMapper COMPACT = new ObjectMapper();

    private JsonOutput() {
    }

    static ObjectNode restoration(Restoration r, boolean nearMisses) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("text", r.text());
        ArrayNode edits = root.putArray("edits");
        for (Edit e : r.edits()) {
            ObjectNode n = edits.addObject();
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("before", e.before());
            n.put("after", e.after());
            n.put("stage", e.stage());
            n.put("kind", e.kind());
            n.put("rule", e.rule());
            n.put("source", e.source());
            n.put("entry", e.entry());
            n.put("confidence", e.confidence());
            n.put("reason", e.reason());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("tokens", r.tokens());
        counts.put("edits", r.editCount());
        counts.put("restorations", r.restorationCount());
        counts.put("repairs", r.normalizationCount());
        root.put("documentSpun", r.documentSpun());
        root.put("spinReason", r.spinReason());
        if (nearMisses) {
            ArrayNode misses = root.putArray("nearMisses");
            for (NearMiss m : r.nearMisses()) {
                ObjectNode n = misses.addObject();
                n.put("start", m.start());
                n.put("end", m.end());
                n.put("text", m.text());
                n.put("replacement", m.replacement());
                n.put("rule", m.rule());
                n.put("source", m.source());
                n.put("reason", m.reason());
            }
        }
        return root;
    }
}
