package nl.wsp.matching.kandidaat.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of the partner's delta feed. {@code volgendeCursor} is there while more changes wait (docs/api.md);
 * {@code hervatCursor} is always there: send it later to get only what changed after this page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WijzigingenPagina(List<Wijziging> resultaten, String volgendeCursor, String hervatCursor) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wijziging(@Betrokkene UUID id, String referentie, String status, String redenIntrekking, int volledigheid,
                            List<String> ontbrekendeVelden, Instant gewijzigdOp) {
    }
}
