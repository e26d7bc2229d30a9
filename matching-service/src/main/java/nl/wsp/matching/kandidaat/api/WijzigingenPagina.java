package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.kandidaat.Kandidaat;

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
    public record Wijziging(@Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID id, @Nullable String referentie, @Schema(enumeration = {Kandidaat.BESCHIKBAAR, Kandidaat.INGETROKKEN, Kandidaat.GEWIST}, examples = "beschikbaar") String status, @Nullable String redenIntrekking, @Schema(examples = "85") int volledigheid,
                            @Nullable List<String> ontbrekendeVelden, Instant gewijzigdOp) {
    }
}
