package nl.wsp.vacancy.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A vacancy and its life: opened in the own-caseload window of its account manager's partner, broadcast to every partner
 * when the window closes (or earlier, by hand), and closed when filled, withdrawn or expired. Every behaviour returns
 * the {@link Gebeurtenis} it caused; nothing here knows HTTP, Kafka or the clock.
 */
@Entity
@Table(name = "vacature")
public class Vacature {

    /** Closing dates are Dutch calendar dates. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long volgnummer;
    @Column(name = "werkgever_id")
    public UUID werkgeverId;
    @Column(name = "accountmanager_id")
    public UUID accountmanagerId;
    @Column(name = "accountmanager_partner")
    public String accountmanagerPartner;
    public String regio;
    public String sector;
    public String titel;
    @Column(name = "esco_beroep")
    public String escoBeroep;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "vereiste_vaardigheden")
    public List<String> vereisteVaardigheden;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gewenste_vaardigheden")
    public List<String> gewensteVaardigheden;
    @Column(name = "uren_per_week")
    public int urenPerWeek;
    @Column(name = "aantal_posities")
    public int aantalPosities;
    @Column(name = "aantal_vervuld")
    public int aantalVervuld;
    @Column(name = "werklocatie_gemeente")
    public String werklocatieGemeente;
    public String contractvorm;
    public LocalDate startdatum;
    public LocalDate sluitingsdatum;
    public String opleidingsniveau;
    @Column(name = "geschikt_voor_banenafspraak")
    public boolean geschiktVoorBanenafspraak;
    @Column(name = "rijbewijs_vereist")
    public boolean rijbewijsVereist;
    public String omschrijving;
    public VacatureStatus status;
    @Column(name = "geopend_op")
    public Instant geopendOp;
    @Column(name = "eigen_bestand_tot")
    public Instant eigenBestandTot;
    @Column(name = "breed_uitgezet_op")
    public Instant breedUitgezetOp;
    @Column(name = "gesloten_op")
    public Instant geslotenOp;

    protected Vacature() {
    }

    /**
     * Opens a vacancy in the own-caseload window: until {@code nu + termijn} only the account manager's partner sees it.
     */
    public static Vacature open(UUID id, UUID werkgeverId, UUID accountmanagerId, String accountmanagerPartner, String regio,
                                String sector, VacatureInhoud inhoud, Instant nu, Duration termijn) {
        Vacature v = new Vacature();
        v.id = id;
        v.werkgeverId = werkgeverId;
        v.accountmanagerId = accountmanagerId;
        v.accountmanagerPartner = accountmanagerPartner;
        v.regio = regio;
        v.sector = sector;
        v.neem(inhoud);
        v.status = VacatureStatus.OPEN;
        v.geopendOp = nu;
        v.eigenBestandTot = nu.plus(termijn);
        return v;
    }

    /** The event and transition of {@link #open}. */
    public Gebeurtenis geopend(String door) {
        return Gebeurtenis.met(VacatureGegevens.GEOPEND, gegevens(),
                new VacatureOvergang(id, null, VacatureStatus.OPEN, door, geopendOp,
                        "geopend; eigen bestand tot " + eigenBestandTot));
    }

    public Gebeurtenis wijzig(VacatureInhoud inhoud) {
        vereisActief("gewijzigd");
        if (inhoud.aantalPosities() <= aantalVervuld) {
            throw nl.wsp.platform.problem.ApiProblem.invalid("aantalPosities",
                    "er zijn al " + aantalVervuld + " posities vervuld; kies meer posities of trek de vacature in");
        }
        neem(inhoud);
        return Gebeurtenis.zonderOvergang(VacatureGegevens.GEWIJZIGD, gegevens());
    }

    /** A new account manager for the employer takes over the vacancy while it is active. */
    public Optional<Gebeurtenis> wijsAccountmanagerToe(UUID accountmanagerId, String partner) {
        if (!status.actief() || (accountmanagerId.equals(this.accountmanagerId) && partner.equals(accountmanagerPartner))) {
            return Optional.empty();
        }
        this.accountmanagerId = accountmanagerId;
        this.accountmanagerPartner = partner;
        return Optional.of(Gebeurtenis.zonderOvergang(VacatureGegevens.GEWIJZIGD, gegevens()));
    }

    public boolean kanBreedUitgezet() {
        return status == VacatureStatus.OPEN;
    }

    /** Broadcasts to every partner: the own-caseload window is over. Only an open vacancy is broadcast. */
    public Gebeurtenis zetBreedUit(Instant nu, String door, String reden) {
        if (!kanBreedUitgezet()) {
            throw new IllegalStateException("vacature " + id + " is " + status.code + " en wordt niet breed uitgezet");
        }
        VacatureOvergang overgang = new VacatureOvergang(id, status, VacatureStatus.BREED_UITGEZET, door, nu,
                VacatureBreedUitgezet.TERMIJN_VERSTREKEN.equals(reden)
                        ? "eigen-bestandstermijn verstreken (" + eigenBestandTot + ")" : "handmatig breed uitgezet");
        status = VacatureStatus.BREED_UITGEZET;
        breedUitgezetOp = nu;
        return Gebeurtenis.met(VacatureBreedUitgezet.TYPE, new VacatureBreedUitgezet(gegevens(), nu, reden), overgang);
    }

    /** A placement filled a position; the last one closes the vacancy (and so cancels a pending broadcast). */
    public Optional<Gebeurtenis> vulPositie(Instant nu, String door) {
        if (!status.actief() || aantalVervuld >= aantalPosities) {
            return Optional.empty();
        }
        aantalVervuld++;
        if (aantalVervuld < aantalPosities) {
            return Optional.empty();
        }
        VacatureOvergang overgang = new VacatureOvergang(id, status, VacatureStatus.VERVULD, door, nu,
                "alle " + aantalPosities + " posities vervuld");
        status = VacatureStatus.VERVULD;
        geslotenOp = nu;
        return Optional.of(Gebeurtenis.met(VacatureVervuld.TYPE,
                new VacatureVervuld(id, werkgeverId, regio, nu, aantalPosities, accountmanagerPartner, eigenBestandTot, breedUitgezetOp), overgang));
    }

    public Gebeurtenis trekIn(Instant nu, String door, String reden) {
        vereisActief("ingetrokken");
        VacatureOvergang overgang = new VacatureOvergang(id, status, VacatureStatus.INGETROKKEN, door, nu, reden);
        status = VacatureStatus.INGETROKKEN;
        geslotenOp = nu;
        return Gebeurtenis.met(VacatureIngetrokken.TYPE, new VacatureIngetrokken(id, werkgeverId, regio, nu, reden, accountmanagerPartner, eigenBestandTot, breedUitgezetOp), overgang);
    }

    /** True when the closing date has passed (the vacancy stays open through its closing date, Dutch time). */
    public boolean isVerlopen(Instant nu) {
        return sluitingsdatum != null && nu.atZone(TIJDZONE).toLocalDate().isAfter(sluitingsdatum);
    }

    public Gebeurtenis verloop(Instant nu, String door) {
        vereisActief("verlopen");
        VacatureOvergang overgang = new VacatureOvergang(id, status, VacatureStatus.VERLOPEN, door, nu,
                "sluitingsdatum " + sluitingsdatum + " verstreken");
        status = VacatureStatus.VERLOPEN;
        geslotenOp = nu;
        return Gebeurtenis.met(VacatureVerlopen.TYPE, new VacatureVerlopen(id, werkgeverId, regio, nu, accountmanagerPartner, eigenBestandTot, breedUitgezetOp), overgang);
    }

    /**
     * Whether partners outside the account manager's may know of this event: a broadcast, and what happens to a
     * vacancy after its broadcast. These also go to the partner topic and the partners' webhooks ({@link VacatureEvents}).
     */
    public boolean voorPartners(String type) {
        return VacatureBreedUitgezet.TYPE.equals(type) || (breedUitgezetOp != null && (VacatureVervuld.TYPE.equals(type)
                || VacatureIngetrokken.TYPE.equals(type) || VacatureVerlopen.TYPE.equals(type)
                || VacatureGegevens.GEWIJZIGD.equals(type)));
    }

    /** During the own-caseload window only the account manager's partner sees the vacancy; after the broadcast, everyone. */
    public boolean zichtbaarVoorPartner(String partner) {
        return breedUitgezetOp != null || accountmanagerPartner.equals(partner);
    }

    public VacatureGegevens gegevens() {
        return new VacatureGegevens(id, werkgeverId, accountmanagerId, accountmanagerPartner, titel, escoBeroep,
                List.copyOf(vereisteVaardigheden), List.copyOf(gewensteVaardigheden), urenPerWeek, aantalPosities,
                werklocatieGemeente, regio, sector, contractvorm, startdatum, sluitingsdatum, opleidingsniveau,
                geschiktVoorBanenafspraak, rijbewijsVereist, eigenBestandTot);
    }

    private void neem(VacatureInhoud inhoud) {
        titel = inhoud.titel();
        escoBeroep = inhoud.escoBeroep();
        vereisteVaardigheden = new ArrayList<>(inhoud.vereisteVaardigheden());
        gewensteVaardigheden = new ArrayList<>(inhoud.gewensteVaardigheden());
        urenPerWeek = inhoud.urenPerWeek();
        aantalPosities = inhoud.aantalPosities();
        werklocatieGemeente = inhoud.werklocatieGemeente();
        contractvorm = inhoud.contractvorm().code;
        startdatum = inhoud.startdatum();
        sluitingsdatum = inhoud.sluitingsdatum();
        opleidingsniveau = inhoud.opleidingsniveau() == null ? null : inhoud.opleidingsniveau().code;
        geschiktVoorBanenafspraak = inhoud.geschiktVoorBanenafspraak();
        rijbewijsVereist = inhoud.rijbewijsVereist();
        omschrijving = inhoud.omschrijving();
    }

    private void vereisActief(String wat) {
        if (!status.actief()) {
            throw nl.wsp.platform.problem.ApiProblem.conflict("vacature-gesloten",
                    "De vacature is " + status.code + " en kan niet meer worden " + wat, java.util.Map.of("status", status.code));
        }
    }
}
