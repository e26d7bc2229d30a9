package nl.wsp.matching.inzage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.inzage.api.InzageWeergave;
import nl.wsp.matching.instrument.Instrumenten;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.matching.kandidaat.api.KandidaatWeergave;
import nl.wsp.matching.nazorg.NazorgmomentRepository;
import nl.wsp.matching.nazorg.api.NazorgmomentWeergave;
import nl.wsp.matching.plaatsing.PlaatsingRepository;
import nl.wsp.matching.plaatsing.api.PlaatsingWeergave;
import nl.wsp.matching.voordracht.VoordrachtRepository;
import nl.wsp.matching.voordracht.api.VoordrachtWeergave;
import nl.wsp.platform.logboek.Verwerkingslogboek;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The right of access (AVG art. 15), complete: everything this service holds on the candidate, read in one
 * transaction so the parts agree, the inzage itself logged before the log is read (it shows its own row). Asked
 * through the owning partner or an administrator; anyone else hears that the candidate does not exist.
 * <p>
 * The other services hold no personal data of candidates (docs/adr/0016-verwerkingslogboek.md, "inzage across
 * services"): the answer says so per service, and says what they do hold.
 */
@ApplicationScoped
public class Inzage {

    static final List<InzageWeergave.AndereDienst> ANDERE_DIENSTEN = List.of(
            new InzageWeergave.AndereDienst("account-service",
                    "Niets over kandidaten: partners, adviseurs, werkgevers en contactmomenten met werkgevers."),
            new InzageWeergave.AndereDienst("vacancy-service",
                    "Geen persoonsgegevens en geen kandidaat-id: per vacature alleen het id van een plaatsing erop en de "
                            + "plaatsende partner (hierboven onder plaatsingen te herkennen)."),
            new InzageWeergave.AndereDienst("reporting-service",
                    "Alleen aantallen plaatsingen per gemeente, partner, doelgroep en maand; geen kandidaat-id."));

    static final String TOELICHTING = "Alles wat de matching-service over deze kandidaat bewaart: het profiel met "
            + "persoonsgegevens en notities over leefgebieden, de voordrachten met hun toelichting en het vastgelegde "
            + "besluit over de plaats in de rangorde, de plaatsingen, de ingezette instrumenten met bedrag en reden, de "
            + "nazorg met notities, en elke verwerking (inzage of wijziging) met doel en grondslag. Events naar de andere "
            + "diensten bevatten alleen het id van de kandidaat, nooit een BSN of persoonsgegevens.";

    private final KandidaatInzage kandidaten;
    private final Instrumenten instrumenten;
    private final Verwerkingslogboek logboek;
    private final VoordrachtRepository voordrachten;
    private final PlaatsingRepository plaatsingen;
    private final NazorgmomentRepository momenten;
    private final Clock clock;

    Inzage(KandidaatInzage kandidaten, Instrumenten instrumenten, Verwerkingslogboek logboek, VoordrachtRepository voordrachten,
           PlaatsingRepository plaatsingen, NazorgmomentRepository momenten, Clock clock) {
        this.kandidaten = kandidaten;
        this.instrumenten = instrumenten;
        this.logboek = logboek;
        this.voordrachten = voordrachten;
        this.plaatsingen = plaatsingen;
        this.momenten = momenten;
        this.clock = clock;
    }

    @Transactional
    public InzageWeergave van(UUID id) {
        KandidaatWeergave kandidaat = kandidaten.voorInzage(id);
        logboek.registreer(id, "gelezen");
        List<VoordrachtWeergave> voordrachten = this.voordrachten.vanKandidaat(id).stream().map(VoordrachtWeergave::van).toList();
        List<PlaatsingWeergave> plaatsingen = this.plaatsingen.vanKandidaat(id).stream().map(PlaatsingWeergave::van).toList();
        List<NazorgmomentWeergave> nazorg = momenten.vanKandidaat(id).stream().map(NazorgmomentWeergave::volledig).toList();
        return new InzageWeergave(clock.instant(), kandidaat, voordrachten, plaatsingen, instrumenten.vanKandidaat(id), nazorg,
                logboek.van(id), ANDERE_DIENSTEN, TOELICHTING);
    }
}
