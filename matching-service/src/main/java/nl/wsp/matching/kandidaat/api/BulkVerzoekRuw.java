package nl.wsp.matching.kandidaat.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The push as received: items stay JSON until each is read on its own, so one bad item does not sink the batch. */
public record BulkVerzoekRuw(List<JsonNode> kandidaten) {
}
