package nl.wsp.vacancy.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wsp.platform.problem.Regelovertreding;
import nl.wsp.platform.time.TimeSource;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(name = "werkgever_id")
    private UUID werkgeverId;
    @Column(name = "accountmanager_id")
    private UUID accountmanagerId;
    @Column(name = "accountmanager_partner")
    private String accountmanagerPartner;
    private String regio;
    private String sector;
    private String titel;
    @Column(name = "esco_beroep")
    private String escoBeroep;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "vereiste_vaardigheden")
    private List<String> vereisteVaardigheden;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gewenste_vaardigheden")
    private List<String> gewensteVaardigheden;
    @Column(name = "uren_per_week")
    private int urenPerWeek;
    @Column(name = "aantal_posities")
    private int aantalPosities;
    @Column(name = "aantal_vervuld")
    private int aantalVervuld;
    @Column(name = "werklocatie_gemeente")
    private String werklocatieGemeente;
    private String contractvorm;
    private LocalDate startdatum;
    private LocalDate sluitingsdatum;
    private String opleidingsniveau;
    @Column(name = "geschikt_voor_banenafspraak")
    private boolean geschiktVoorBanenafspraak;
    @Column(name = "rijbewijs_vereist")
    private boolean rijbewijsVereist;
    private String omschrijving;
    private VacatureStatus status;
    @Column(name = "geopend_op")
    private Instant geopendOp;
    @Column(name = "eigen_bestand_tot")
    private Instant eigenBestandTot;
    @Column(name = "breed_uitgezet_op")
    private Instant breedUitgezetOp;
    @Column(name = "gesloten_op")
    private Instant geslotenOp;
    /** The employer event the vacancy was collected at, if any (account-service's id; docs/adr/0031). */
    @Column(name = "evenement_id")
    private UUID evenementId;

    /** The social return obligation the vacancy delivers on, if any (account-service's id; docs/adr/0032). */
    @Column(name = "sroi_verplichting_id")
    private UUID sroiVerplichtingId;

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
        return Gebeurtenis.met(VacatureGeopend.TYPE, new VacatureGeopend(gegevens()),
                new VacatureOvergang(id, null, VacatureStatus.OPEN, door, geopendOp,
                        "geopend; eigen bestand tot " + eigenBestandTot));
    }

    public Gebeurtenis wijzig(VacatureInhoud inhoud) {
        vereisActief("gewijzigd");
        if (inhoud.aantalPosities() <= aantalVervuld) {
            throw new TeWeinigPosities(aantalVervuld);
        }
        neem(inhoud);
        return Gebeurtenis.zonderOvergang(VacatureGewijzigd.TYPE, new VacatureGewijzigd(gegevens()));
    }

    /** A new account manager for the employer takes over the vacancy while it is active. */
    public Optional<Gebeurtenis> wijsAccountmanagerToe(UUID accountmanagerId, String partner) {
        if (!status.actief() || (accountmanagerId.equals(this.accountmanagerId) && partner.equals(accountmanagerPartner))) {
            return Optional.empty();
        }
        this.accountmanagerId = accountmanagerId;
        this.accountmanagerPartner = partner;
        return Optional.of(Gebeurtenis.zonderOvergang(VacatureGewijzigd.TYPE, new VacatureGewijzigd(gegevens())));
    }

    public boolean kanBreedUitgezet() {
        return status == VacatureStatus.OPEN;
    }

    /** Broadcasts to every partner: the own-caseload window is over. Only an open vacancy is broadcast. */
    public Gebeurtenis zetBreedUit(Instant nu, String door, String reden) {
        if (!kanBreedUitgezet()) {
            throw new NietOpen(status);
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
        return sluitingsdatum != null && nu.atZone(TimeSource.ZONE).toLocalDate().isAfter(sluitingsdatum);
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
                || VacatureGewijzigd.TYPE.equals(type)));
    }

    /** During the own-caseload window only the account manager's partner sees the vacancy; after the broadcast, everyone. */
    public boolean zichtbaarVoorPartner(String partner) {
        return breedUitgezetOp != null || accountmanagerPartner.equals(partner);
    }

    public VacatureGegevens gegevens() {
        return new VacatureGegevens(id, werkgeverId, accountmanagerId, accountmanagerPartner, titel, escoBeroep,
                List.copyOf(vereisteVaardigheden), List.copyOf(gewensteVaardigheden), urenPerWeek, aantalPosities,
                werklocatieGemeente, regio, sector, contractvorm, startdatum, sluitingsdatum, opleidingsniveau,
                geschiktVoorBanenafspraak, rijbewijsVereist, eigenBestandTot, evenementId, sroiVerplichtingId);
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
        evenementId = inhoud.evenementId();
        sroiVerplichtingId = inhoud.sroiVerplichtingId();
    }

    private void vereisActief(String wat) {
        if (!status.actief()) {
            throw new Gesloten(status, wat);
        }
    }

    public UUID id() {
        return id;
    }

    public Long volgnummer() {
        return volgnummer;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public UUID accountmanagerId() {
        return accountmanagerId;
    }

    public String accountmanagerPartner() {
        return accountmanagerPartner;
    }

    public String regio() {
        return regio;
    }

    public String sector() {
        return sector;
    }

    public String titel() {
        return titel;
    }

    public String escoBeroep() {
        return escoBeroep;
    }

    public int urenPerWeek() {
        return urenPerWeek;
    }

    public int aantalPosities() {
        return aantalPosities;
    }

    public int aantalVervuld() {
        return aantalVervuld;
    }

    public String werklocatieGemeente() {
        return werklocatieGemeente;
    }

    public String contractvorm() {
        return contractvorm;
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    public LocalDate sluitingsdatum() {
        return sluitingsdatum;
    }

    public String opleidingsniveau() {
        return opleidingsniveau;
    }

    public boolean geschiktVoorBanenafspraak() {
        return geschiktVoorBanenafspraak;
    }

    public boolean rijbewijsVereist() {
        return rijbewijsVereist;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public VacatureStatus status() {
        return status;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public Instant eigenBestandTot() {
        return eigenBestandTot;
    }

    public Instant breedUitgezetOp() {
        return breedUitgezetOp;
    }

    public Instant geslotenOp() {
        return geslotenOp;
    }

    public UUID evenementId() {
        return evenementId;
    }

    public UUID sroiVerplichtingId() {
        return sroiVerplichtingId;
    }

    public List<String> vereisteVaardigheden() {
        return List.copyOf(vereisteVaardigheden);
    }

    public List<String> gewensteVaardigheden() {
        return List.copyOf(gewensteVaardigheden);
    }

    /** Only an open vacancy (in its own-caseload window) is broadcast. */
    public static final class NietOpen extends Regelovertreding {
        NietOpen(VacatureStatus status) {
            super("vacature-niet-open", "Alleen een open vacature in de eigen-bestandstermijn kan breed worden uitgezet; deze is "
                    + status.code(), Map.of("status", status.code()));
        }
    }

    /** A closed vacancy (filled, withdrawn, expired) does not change any more. */
    public static final class Gesloten extends Regelovertreding {
        Gesloten(VacatureStatus status, String wat) {
            super("vacature-gesloten", "De vacature is " + status.code() + " en kan niet meer worden " + wat,
                    Map.of("status", status.code()));
        }
    }

    /** A vacancy keeps more positions than it has filled. */
    public static final class TeWeinigPosities extends Regelovertreding {
        TeWeinigPosities(int aantalVervuld) {
            super("aantalPosities", "er zijn al " + aantalVervuld + " posities vervuld; kies meer posities of trek de vacature in");
        }
    }
}
