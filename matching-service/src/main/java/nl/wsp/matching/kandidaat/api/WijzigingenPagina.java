package nl.wsp.matching.kandidaat.api;

import jakarta.annotation.Nullable;

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
public record WijzigingenPagina(List<Wijziging> resultaten, @Nullable String volgendeCursor, @Nullable String hervatCursor) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wijziging(@Betrokkene UUID id, @Nullable String referentie, String status, @Nullable String redenIntrekking, int volledigheid,
                            @Nullable List<String> ontbrekendeVelden, Instant gewijzigdOp) {
    }
}
