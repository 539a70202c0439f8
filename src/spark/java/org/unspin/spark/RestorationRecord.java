package org.unspin.spark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.unspin.Edit;

import java.util.List;

/**
 * One document's restoration, the fields of {@link RestorationSchema#RESTORATION} in its order:
 * what {@link DocumentRestorer} makes of a {@link CorpusDocument}, before it becomes a Spark SQL
 * row ({@link SparkRestorer}) or a JSON line ({@link JsonLinesJob}). For a document that could
 * not be restored, {@code text} and {@code edits} are null and {@code error} says why. Its JSON
 * form (Jackson) has the schema's field names and leaves out null fields, as Spark's JSON writer does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({RestorationSchema.ID, RestorationSchema.URL, RestorationSchema.DATE, RestorationSchema.TEXT,
        RestorationSchema.EDITS, RestorationSchema.TOKENS, RestorationSchema.EDIT_COUNT, RestorationSchema.SPUN,
        RestorationSchema.SPIN_RISK, RestorationSchema.MILLISECONDS, RestorationSchema.ERROR})
record RestorationRecord(
        @JsonProperty(RestorationSchema.ID) String id,
        @JsonProperty(RestorationSchema.URL) String url,
        @JsonProperty(RestorationSchema.DATE) Object date,
        @JsonProperty(RestorationSchema.TEXT) String text,
        @JsonProperty(RestorationSchema.EDITS) List<Edit> edits,
        @JsonProperty(RestorationSchema.TOKENS) int tokens,
        @JsonProperty(RestorationSchema.EDIT_COUNT) int editCount,
        @JsonProperty(RestorationSchema.SPUN) boolean spun,
        @JsonProperty(RestorationSchema.SPIN_RISK) double spinRisk,
        @JsonProperty(RestorationSchema.MILLISECONDS) long milliseconds,
        @JsonProperty(RestorationSchema.ERROR) String error) {

    static RestorationRecord failure(CorpusDocument document, long milliseconds, String error) {
        return new RestorationRecord(document.id(), document.url(), document.date(), null, null, 0, 0, false, 0.0, milliseconds, error);
    }
}
