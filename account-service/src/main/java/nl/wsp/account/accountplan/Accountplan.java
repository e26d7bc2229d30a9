package nl.wsp.account.accountplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The account plan of a key-account employer (source 000: "op basis van een vooropgesteld plan"; 002: 35 key accounts):
 * goals, actions agreed with dates, and the date the plan is to be reviewed. One per employer; a change replaces it as
 * a whole and moves {@code versie} on.
 */
@Entity
@Table(name = "accountplan")
public class Accountplan {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false, unique = true)
    private UUID werkgeverId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accountplan_doel", joinColumns = @JoinColumn(name = "accountplan_id"))
    @OrderColumn(name = "volgnummer")
    @Column(name = "doel", nullable = false)
    private List<String> doelen = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accountplan_actie", joinColumns = @JoinColumn(name = "accountplan_id"))
    @OrderColumn(name = "volgnummer")
    private List<Actie> acties = new ArrayList<>();

    @Column(nullable = false)
    private LocalDate herzieningsdatum;

    @Column(name = "vastgesteld_op", nullable = false)
    private Instant vastgesteldOp;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Version
    private long versie;

    protected Accountplan() {
    }

    static Accountplan stelVast(UUID werkgeverId, List<String> doelen, List<Actie> acties, LocalDate herzieningsdatum,
                                String door, Instant nu) {
        Accountplan p = new Accountplan();
        p.id = UUID.randomUUID();
        p.werkgeverId = werkgeverId;
        p.vastgesteldOp = nu;
        p.wijzig(doelen, acties, herzieningsdatum, door, nu);
        return p;
    }

    void wijzig(List<String> doelen, List<Actie> acties, LocalDate herzieningsdatum, String door, Instant nu) {
        this.doelen.clear();
        this.doelen.addAll(doelen);
        this.acties.clear();
        this.acties.addAll(acties);
        this.herzieningsdatum = herzieningsdatum;
        this.gewijzigdOp = nu;
        this.gewijzigdDoor = door;
    }

    /** Whether the review is overdue on {@code vandaag}: its date lies before it. */
    public boolean herzieningVerlopen(LocalDate vandaag) {
        return herzieningsdatum.isBefore(vandaag);
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public List<String> doelen() {
        return List.copyOf(doelen);
    }

    public List<Actie> acties() {
        return List.copyOf(acties);
    }

    public LocalDate herzieningsdatum() {
        return herzieningsdatum;
    }

    public Instant vastgesteldOp() {
        return vastgesteldOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    public long versie() {
        return versie;
    }
}
