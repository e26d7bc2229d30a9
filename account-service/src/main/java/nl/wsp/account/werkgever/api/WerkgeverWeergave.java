package nl.wsp.account.werkgever.api;

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
public record WerkgeverWeergave(@Betrokkene(soort = Verwerkingen.WERKGEVER) UUID id, @Nullable String kvkNummer, String naam, @Nullable String vestigingsgemeente, @Nullable String regio,
                                @Nullable String sector, int aantalWerknemers, boolean keyAccount, boolean smaakmaker,
                                boolean bediend, @Nullable Accountmanager accountmanager, Instant geregistreerdOp,
                                @Nullable Long aantalBezoeken, @Nullable LocalDate laatsteBezoek) {

    public record Accountmanager(@Betrokkene(soort = Verwerkingen.ADVISEUR) UUID id, @Nullable String naam, @Nullable String partner) {
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
