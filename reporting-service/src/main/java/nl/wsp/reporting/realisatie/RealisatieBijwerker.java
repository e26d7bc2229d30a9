package nl.wsp.reporting.realisatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.reporting.doelstelling.Doelgroepen;
import nl.wsp.reporting.partner.PartnerRegioRepository;
import nl.wsp.reporting.realisatie.Gebeurtenissen.ContactmomentGeregistreerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.ContactverzoekV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.NpsResponsGeregistreerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.PlaatsingBeeindigdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.PlaatsingGerealiseerdV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureBreedUitgezetV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureGeopendV1;
import nl.wsp.reporting.realisatie.Gebeurtenissen.VacatureVervuldV1;
import nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller;
import nl.wsp.reporting.realisatie.Realisatietellers.Npsgroep;

import java.time.LocalDate;
import java.util.List;

import static nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller.BINNEN_TERMIJN;
import static nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller.ONTVANGEN;
import static nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller.TERMIJN_VERSTREKEN;
import static nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller.TE_LAAT;
import static nl.wsp.reporting.realisatie.Realisatietellers.Contactverzoekteller.VERSTREKEN_DAARNA_BEANTWOORD;

/**
 * Applies one event to the read models: which counters it raises, in the consumer's transaction. Nothing is scanned;
 * reports sum the counters of the months they cover. The upserts themselves are {@link Realisatietellers}'.
 */
@ApplicationScoped
class RealisatieBijwerker {

    private final Realisatietellers tellers;
    private final DoelstellingStatus status;
    private final DoelstellingVoortgang voortgang;
    private final PartnerRegioRepository partners;

    RealisatieBijwerker(Realisatietellers tellers, DoelstellingStatus status, DoelstellingVoortgang voortgang,
                        PartnerRegioRepository partners) {
        this.tellers = tellers;
        this.partners = partners;
        this.status = status;
        this.voortgang = voortgang;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void plaatsingGerealiseerd(PlaatsingGerealiseerdV1 e) {
        String regio = verplicht(e.regio(), "regio");
        LocalDate start = Datum.dag(e.startdatum(), "startdatum");
        List<String> doelgroepen = e.doelgroepen() == null ? List.of() : e.doelgroepen();
        String partner = e.partner() == null ? "" : e.partner();
        String gemeente = e.gemeente() == null ? "" : e.gemeente();
        String hoofddoelgroep = Doelgroepen.hoofddoelgroep(doelgroepen);
        boolean metIba = doelgroepen.contains(Doelgroepen.MET_IBA);
        boolean banenafspraak = doelgroepen.contains(Doelgroepen.BANENAFSPRAAK);
        LocalDate maand = Datum.maand(start);
        tellers.telPlaatsing(regio, maand, gemeente, hoofddoelgroep, metIba, banenafspraak);
        if (banenafspraak) {
            tellers.telBanenafspraak(regio, maand);
        }
        if (!partner.isEmpty()) {
            tellers.telPlaatsingVanPartner(partner, maand, regio, hoofddoelgroep, metIba, banenafspraak);
            status.werkBijNaPlaatsing(partner, start.getYear());
        }
        voortgang.werkBijNaPlaatsing(regio, start.getYear(), partner, gemeente, hoofddoelgroep, metIba, banenafspraak);
        // ADR 0041: an executing organisation's placement of a resident of a municipality it executes for counts for that
        // municipality's own partner too (its partner targets); the group targets above count it by residence already
        for (String gemeentepartner : partner.isEmpty() ? List.<String>of() : partners.telenOokVoor(partner, gemeente)) {
            tellers.telPlaatsingVanPartner(gemeentepartner, maand, regio, hoofddoelgroep, metIba, banenafspraak);
            status.werkBijNaPlaatsing(gemeentepartner, start.getYear());
            voortgang.werkBijNaPlaatsing(regio, start.getYear(), gemeentepartner, "", hoofddoelgroep, metIba, banenafspraak);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void plaatsingBeeindigd(PlaatsingBeeindigdV1 e) {
        LocalDate start = Datum.dag(e.startdatum(), "startdatum");
        LocalDate einde = Datum.dag(e.einddatum(), "einddatum");
        tellers.telBeeindiging(verplicht(e.regio(), "regio"), Datum.maand(start), e.gemeente() == null ? "" : e.gemeente(),
                einde.isBefore(start.plusMonths(6)), e.naarAnderWerk());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureGeopend(VacatureGeopendV1 e, String tijd) {
        LocalDate dag = Datum.dag(tijd, "time");
        tellers.telVacatureGeopend(verplicht(e.regio(), "regio"), Datum.maand(dag), e.aantalPosities() == null ? 1 : e.aantalPosities(),
                Boolean.TRUE.equals(e.geschiktVoorBanenafspraak()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureBreedUitgezet(VacatureBreedUitgezetV1 e) {
        LocalDate dag = Datum.dag(e.breedUitgezetOp(), "breedUitgezetOp");
        tellers.telBreedUitgezet(verplicht(e.regio(), "regio"), Datum.maand(dag));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vacatureVervuld(VacatureVervuldV1 e) {
        LocalDate dag = Datum.dag(e.vervuldOp(), "vervuldOp");
        tellers.telVervuld(verplicht(e.regio(), "regio"), Datum.maand(dag), e.aantalPosities() == null ? 1 : e.aantalPosities());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void contactmoment(ContactmomentGeregistreerdV1 e) {
        String regio = verplicht(e.regio(), "regio");
        LocalDate maand = Datum.maand(Datum.dag(e.datum(), "datum"));
        tellers.telContactmoment(regio, maand, verplicht(e.soort(), "soort"));
    }

    /**
     * One counter per event. A late answer to a request that was flagged before ({@code naTermijnVerstreken}) also
     * counts in {@code verstreken_daarna_beantwoord}, so the report counts that request once (docs/api.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void contactverzoek(String type, ContactverzoekV1 e) {
        List<Contactverzoekteller> tel = switch (type) {
            case Gebeurtenissen.CONTACTVERZOEK_ONTVANGEN -> List.of(ONTVANGEN);
            case Gebeurtenissen.CONTACTVERZOEK_TERMIJN_VERSTREKEN -> List.of(TERMIJN_VERSTREKEN);
            default -> Boolean.TRUE.equals(e.binnenTermijn()) ? List.of(BINNEN_TERMIJN)
                    : Boolean.TRUE.equals(e.naTermijnVerstreken()) ? List.of(TE_LAAT, VERSTREKEN_DAARNA_BEANTWOORD)
                    : List.of(TE_LAAT);
        };
        String regio = verplicht(e.regio(), "regio");
        tellers.telContactverzoek(regio, Datum.maand(Datum.dag(e.ontvangenOp(), "ontvangenOp")), tel);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void nps(NpsResponsGeregistreerdV1 e) {
        if (e.score() == null || e.score() < 0 || e.score() > 10) {
            throw new IllegalArgumentException("NPS score must be 0-10, was " + e.score());
        }
        Npsgroep groep = e.score() >= 9 ? Npsgroep.PROMOTORS : e.score() >= 7 ? Npsgroep.PASSIEF : Npsgroep.CRITICASTERS;
        String regio = verplicht(e.regio(), "regio");
        tellers.telNps(regio, verplicht(e.meetronde(), "meetronde"), groep);
        if (e.sector() != null && !e.sector().isBlank()) {
            tellers.telNpsInSector(regio, e.sector(), e.meetronde(), groep); // a sector plan's NPS (docs/adr/0039)
        }
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        return waarde;
    }
}
