package nl.wsp.reporting.doelstelling.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.doelstelling.Doelstelling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record DoelstellingGegevens(@Schema(examples = "4c8e2a6f-1d3b-4f7e-9a5c-2b8d6e0f4a71") UUID id, @Schema(examples = "Amersfoort") String regio, @Schema(examples = "2019") int jaar,
                                   @Schema(enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID}, examples = "plaatsingen") String soort, @Nullable @Schema(examples = "bijstand") String doelgroep, @Nullable String partner,
                                   @Nullable @Schema(examples = "[\"Amersfoort\", \"Leusden\"]") List<String> gemeenten, @Schema(examples = "180") int aantal, @Nullable String toelichting, @Nullable Instant gewijzigdOp) {

    public static DoelstellingGegevens van(Doelstelling d) {
        return new DoelstellingGegevens(d.id(), d.regio(), d.jaar(), d.soort(), d.doelgroep(), d.partner(), d.gemeenten(),
                d.aantal(), d.toelichting(), d.gewijzigdOp());
    }
}
