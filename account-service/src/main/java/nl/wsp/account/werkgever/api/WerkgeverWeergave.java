package nl.wsp.account.werkgever.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.WerkgeverRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employer as advisers see it. {@code bediend}: more than 5 employees (rule 2); {@code aantalBezoeken} and
 * {@code laatsteBezoek} count company visits (only in the detail view).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record WerkgeverWeergave(@Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID id, @Schema(examples = "32098714") @Nullable String kvkNummer,
                                @Schema(examples = "Bouwbedrijf Van Dijk Soest B.V.") String naam, @Schema(examples = "Soest") @Nullable String vestigingsgemeente,
                                @Schema(examples = "Amersfoort") @Nullable String regio, @Schema(examples = "bouw") @Nullable String sector, @Schema(examples = "48") int aantalWerknemers,
                                @Schema(examples = "false") boolean keyAccount, @Schema(examples = "true") boolean smaakmaker, @Schema(examples = "true") boolean bediend, @Nullable Accountmanager accountmanager, Instant geregistreerdOp,
                                @Nullable Long aantalBezoeken, @Nullable LocalDate laatsteBezoek) {

    public record Accountmanager(@Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID id, @Schema(examples = "Janneke van den Berg") @Nullable String naam,
                                 @Schema(examples = "gemeente-amersfoort") @Nullable String partner) {
        public static Accountmanager van(Adviseur a) {
            return a == null ? null : new Accountmanager(a.id(), a.naam(), a.partnerCode());
        }
    }

    public static WerkgeverWeergave van(Werkgever w, Adviseur am) {
        return van(w, am, null);
    }

    public static WerkgeverWeergave van(Werkgever w, Adviseur am, WerkgeverRepository.Bezoeken bezoeken) {
        return new WerkgeverWeergave(w.id(), w.kvkNummer(), w.naam(), w.vestigingsgemeente(), w.regio(), w.sector(),
                w.aantalWerknemers(), w.keyAccount(), w.smaakmaker(), w.bediend(), Accountmanager.van(am), w.geregistreerdOp(),
                bezoeken == null ? null : bezoeken.aantal(), bezoeken == null ? null : bezoeken.laatste());
    }
}
