package nl.wsp.matching.kandidaat.api;

import java.util.List;

/** Up to 1,000 candidates in one push (the OpenAPI shape; the service reads each item on its own). */
public record BulkVerzoek(List<KandidaatInvoer> kandidaten) {
}
