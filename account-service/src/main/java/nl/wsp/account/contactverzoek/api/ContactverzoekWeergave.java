package nl.wsp.account.contactverzoek.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.contactverzoek.Contactverzoek;
import nl.wsp.account.contactverzoek.Kanaal;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact request; {@code teLaat}: unanswered past its deadline, or answered after it. {@code onderwerp} and
 * {@code beantwoordDoor} are absent a year after the answer (docs/bewaartermijnen.md). {@code kanaal}: registered by
 * an adviser or beheerder, or handed in on the website; then {@code contactpersoon} and {@code email} and/or
 * {@code telefoon} say whom to answer (absent with the subject after the retention period; docs/adr/0042).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactverzoekWeergave(@Schema(examples = "5e9b1f3d-7c2a-4d8e-a1f6-3b0c9d7e5a42") UUID id, @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, @Nullable String onderwerp, Instant ontvangenOp, Instant reactieUiterlijk,
                                     @Betrokkene(soort = Verwerkingen.ADVISEUR) @Nullable UUID toegewezenAan, @Nullable String partner, @Nullable String regio, @Nullable Instant beantwoordOp,
                                     @Nullable String beantwoordDoor, @Nullable Boolean binnenTermijn, @Schema(examples = "false") boolean teLaat, @Nullable Instant termijnVerstrekenOp,
                                     @Schema(examples = "website") Kanaal kanaal, @Schema(examples = "Sanne de Vries") @Nullable String contactpersoon,
                                     @Schema(examples = "s.devries@korenaar.nl") @Nullable String email, @Schema(examples = "033-4651234") @Nullable String telefoon) {

    public static ContactverzoekWeergave van(Contactverzoek v, Instant nu) {
        return new ContactverzoekWeergave(v.id(), v.werkgeverId(), v.onderwerp(), v.ontvangenOp(), v.reactieUiterlijk(),
                v.toegewezenAan(), v.partner(), v.regio(), v.beantwoordOp(), v.beantwoordDoor(), v.binnenTermijn(),
                v.teLaat(nu), v.termijnVerstrekenOp(), v.kanaal(), v.contactpersoon(), v.email(), v.telefoon());
    }
}
