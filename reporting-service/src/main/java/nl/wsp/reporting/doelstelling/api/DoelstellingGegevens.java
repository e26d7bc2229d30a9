package nl.wsp.reporting.doelstelling.api;

import jakarta.annotation.Nullable;

import nl.wsp.reporting.doelstelling.Doelstelling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record DoelstellingGegevens(UUID id, String regio, int jaar, String soort, @Nullable String doelgroep, @Nullable String partner,
                                   @Nullable List<String> gemeenten, int aantal, @Nullable String toelichting, @Nullable Instant gewijzigdOp) {

    public static DoelstellingGegevens van(Doelstelling d) {
        return new DoelstellingGegevens(d.id(), d.regio(), d.jaar(), d.soort(), d.doelgroep(), d.partner(), d.gemeenten(),
                d.aantal(), d.toelichting(), d.gewijzigdOp());
    }
}
