package nl.wsp.matching.kandidaat.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The push as received: items stay JSON until each is read on its own, so one bad item does not sink the batch.
 * {@code aanleverhashes} holds, per item, the hash of its bytes as sent ({@code Aanleverhash}), where the body was
 * read with them ({@code BulkVerzoekLezer}); {@code null} otherwise. It is never read from the body.
 * {@code intrekkingen}, the withdrawals by the partner's own reference, is {@code null} when the body has none.
 */
public record BulkVerzoekRuw(List<JsonNode> kandidaten, @JsonIgnore List<String> aanleverhashes, List<JsonNode> intrekkingen) {

    @JsonCreator
    public BulkVerzoekRuw(@JsonProperty("kandidaten") List<JsonNode> kandidaten,
                          @JsonProperty("intrekkingen") List<JsonNode> intrekkingen) {
        this(kandidaten, null, intrekkingen);
    }
}
