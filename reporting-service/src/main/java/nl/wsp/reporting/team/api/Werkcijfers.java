package nl.wsp.reporting.team.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.realisatie.Voortgang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The operational figures of a unit or an adviser in a period (source 003: "Aantal opgehaalde vacatures, Aantal
 * bedrijfsbezoeken, Samenwerking en uitwisseling tussen de teams"; the definitions: docs/api.md, "Operational reports
 * per unit and adviser").
 */
public record Werkcijfers(
        @Schema(examples = "14", description = "Vacatures geopend in de periode met deze adviseur als accountmanager") int vacaturesOpgehaald,
        @Schema(examples = "22", description = "Contactmomenten van soort bezoek in de periode (op datum van het contact)") int bezoeken,
        @Schema(examples = "61", description = "Alle contactmomenten in de periode") int contactmomenten,
        @Schema(examples = "3", description = "Vervolgafspraken die op de peildatum verlopen zijn zonder later contact met die werkgever") int verlopenVervolgafspraken,
        Contactverzoeken contactverzoeken,
        Samenwerking samenwerking) {

    /** The 24-hour rule over the requests received in the period, by the one definition of docs/api.md. */
    public record Contactverzoeken(@Schema(examples = "9") int ontvangen, @Schema(examples = "7") int binnenTermijn,
                                   @Schema(examples = "1") int teLaat, @Schema(examples = "0") int termijnVerstreken,
                                   @Schema(examples = "1") int nogBinnenTermijn,
                                   @Nullable @Schema(examples = "87.5", description = "binnenTermijn ÷ (binnenTermijn + teLaat + termijnVerstreken), één decimaal; afwezig als er niets beslist is") BigDecimal percentageBinnenTermijn) {
    }

    /** Cooperation between the partners (docs/api.md). */
    public record Samenwerking(
            @Schema(examples = "12", description = "Contactmomenten met een werkgever wiens accountmanager van een andere partner is") int contactmomentenBijAnderePartner,
            @Schema(examples = "5", description = "Plaatsingen (op startdatum) op vacatures met deze adviseur als accountmanager") int plaatsingen,
            @Schema(examples = "2", description = "Daarvan met een kandidaat van een andere partner dan die van de accountmanager") int plaatsingenKandidaatAnderePartner) {
    }

    /** From the sums in the order of {@code Teamcijfers.Maat}. */
    public static Werkcijfers uit(long[] n) {
        int binnen = (int) n[8];
        int teLaat = (int) n[9];
        int verstreken = (int) n[10];
        return new Werkcijfers((int) n[0], (int) n[1], (int) n[2], (int) n[6],
                new Contactverzoeken((int) n[7], binnen, teLaat, verstreken, (int) n[11],
                        Voortgang.percentage(binnen, (long) binnen + teLaat + verstreken)),
                new Samenwerking((int) n[3], (int) n[4], (int) n[5]));
    }

    static List<String> csvKoppen() {
        return List.of("vacaturesOpgehaald", "bezoeken", "contactmomenten", "verlopenVervolgafspraken",
                "contactverzoekenOntvangen", "contactverzoekenBinnenTermijn", "contactverzoekenTeLaat",
                "contactverzoekenTermijnVerstreken", "contactverzoekenNogBinnenTermijn", "percentageBinnenTermijn",
                "contactmomentenBijAnderePartner", "plaatsingen", "plaatsingenKandidaatAnderePartner");
    }

    List<Object> csvCellen() {
        java.util.ArrayList<Object> c = new java.util.ArrayList<>(List.of(vacaturesOpgehaald, bezoeken, contactmomenten,
                verlopenVervolgafspraken, contactverzoeken.ontvangen(), contactverzoeken.binnenTermijn(), contactverzoeken.teLaat(),
                contactverzoeken.termijnVerstreken(), contactverzoeken.nogBinnenTermijn()));
        c.add(contactverzoeken.percentageBinnenTermijn());
        c.addAll(List.of(samenwerking.contactmomentenBijAnderePartner(), samenwerking.plaatsingen(),
                samenwerking.plaatsingenKandidaatAnderePartner()));
        return c;
    }
}
