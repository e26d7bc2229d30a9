package nl.wsp.account.accountplan.api;

import nl.wsp.account.accountplan.Accountplan;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A key account's plan; {@code herzieningVerlopen}: its review date lies before today. */
public record AccountplanWeergave(@Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                                  @Schema(examples = "[\"Vijf leerwerkplekken in de logistiek in 2027\"]") List<String> doelen,
                                  @Schema(examples = "[{\"omschrijving\": \"Inclusieve arbeidsanalyse van het magazijn\", \"uiterlijk\": \"2027-02-15\", \"afgerond\": false}]") List<AfgesprokenActie> acties,
                                  @Schema(examples = "2027-06-30") LocalDate herzieningsdatum,
                                  @Schema(examples = "false") boolean herzieningVerlopen,
                                  @Schema(examples = "2026-12-03T10:15:00Z") Instant vastgesteldOp,
                                  @Schema(examples = "2026-12-03T10:15:00Z") Instant gewijzigdOp,
                                  @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57", description = "Wie het laatst wijzigde (de sub van het token)") String gewijzigdDoor) {

    public record AfgesprokenActie(@Schema(examples = "Inclusieve arbeidsanalyse van het magazijn") String omschrijving,
                        @Schema(examples = "2027-02-15") LocalDate uiterlijk, @Schema(examples = "false") boolean afgerond) {
    }

    public static AccountplanWeergave van(Accountplan p, LocalDate vandaag) {
        return new AccountplanWeergave(p.werkgeverId(), p.doelen(),
                p.acties().stream().map(a -> new AfgesprokenActie(a.omschrijving(), a.uiterlijk(), a.afgerond())).toList(),
                p.herzieningsdatum(), p.herzieningVerlopen(vandaag), p.vastgesteldOp(), p.gewijzigdOp(), p.gewijzigdDoor());
    }
}
