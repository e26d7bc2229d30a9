package nl.wsp.account.evenement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An employer event (issue 17, item 2; docs/adr/0031): a meeting, speed meet, job fair or Meet&amp;Match of one region,
 * organised by one partner, on one of the three levels of source 000. After it took place the advisers record who came:
 * the employers (by id; no contact person is named) and how many candidates — a count only, because candidates live in
 * matching-service and their identities stay there. Recording the attendance again replaces it (the list is corrected
 * as a whole). What came of it is not kept here: a vacancy names the event it came from (vacancy-service) and its
 * placements follow from the vacancy (reporting-service).
 */
@Entity
@Table(name = "evenement")
public class Evenement {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String naam;

    @Convert(converter = EvenementSoort.Code.class)
    @Column(nullable = false)
    private EvenementSoort soort;

    @Convert(converter = EvenementNiveau.Code.class)
    @Column(nullable = false)
    private EvenementNiveau niveau;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private String organisator;

    @Column(nullable = false)
    private String regio;

    private String sector;

    /** Null until the attendance is recorded. */
    @Column(name = "aantal_kandidaten")
    private Integer aantalKandidaten;

    @Column(name = "aanwezigheid_vastgelegd_op")
    private Instant aanwezigheidVastgelegdOp;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    @Column(name = "geregistreerd_door", nullable = false)
    private String geregistreerdDoor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evenement_werkgever", joinColumns = @JoinColumn(name = "evenement_id"))
    @Column(name = "werkgever_id", nullable = false)
    private Set<UUID> werkgevers = new TreeSet<>();

    @Version
    private long versie;

    protected Evenement() {
    }

    static Registratie registreer(String naam, EvenementSoort soort, EvenementNiveau niveau, LocalDate datum,
                                  String organisator, String regio, String sector, String door, Instant nu) {
        Evenement e = new Evenement();
        e.id = UUID.randomUUID();
        e.naam = naam;
        e.soort = soort;
        e.niveau = niveau;
        e.datum = datum;
        e.organisator = organisator;
        e.regio = regio;
        e.sector = sector;
        e.geregistreerdOp = nu;
        e.geregistreerdDoor = door;
        return new Registratie(e, new EvenementGeregistreerd(e.id, soort, niveau, datum, organisator, regio, sector));
    }

    /** Replaces the attendance: these employers and this many candidates came; only once the event took place. */
    AanwezigheidVastgelegd legAanwezigheidVast(Collection<UUID> werkgeverIds, int kandidaten, LocalDate vandaag, Instant nu) {
        if (datum.isAfter(vandaag)) {
            throw new EvenementNietGehouden(datum);
        }
        werkgevers.clear();
        werkgevers.addAll(werkgeverIds);
        aantalKandidaten = kandidaten;
        aanwezigheidVastgelegdOp = nu;
        return new AanwezigheidVastgelegd(id, regio, werkgeverIds(), werkgevers.size(), kandidaten);
    }

    record Registratie(Evenement evenement, EvenementGeregistreerd event) {
    }

    public UUID id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public EvenementSoort soort() {
        return soort;
    }

    public EvenementNiveau niveau() {
        return niveau;
    }

    public LocalDate datum() {
        return datum;
    }

    public String organisator() {
        return organisator;
    }

    public String regio() {
        return regio;
    }

    public String sector() {
        return sector;
    }

    public Integer aantalKandidaten() {
        return aantalKandidaten;
    }

    public Instant aanwezigheidVastgelegdOp() {
        return aanwezigheidVastgelegdOp;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    /** The attending employers' ids, sorted. */
    public List<UUID> werkgeverIds() {
        return List.copyOf(new TreeSet<>(werkgevers));
    }
}
