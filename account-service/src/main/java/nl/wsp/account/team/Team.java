package nl.wsp.account.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An execution unit of a region (source 001: "centraal te coördineren en lokaal (decentraal) uit te voeren"; 003: the
 * units Roermond and Weert of Midden-Limburg) with its work area, municipalities of that region. A municipality may lie
 * in the work areas of two units (003: Leudal in both). Advisers belong to a unit through {@link Teamlid}.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String regio;

    @Column(nullable = false)
    private String naam;

    @Column(name = "ingericht_op", nullable = false)
    private Instant ingerichtOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_gemeente", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "gemeente", nullable = false)
    private Set<String> werkgebied = new TreeSet<>();

    protected Team() {
    }

    /** Sets up a unit and returns it with the event that says so. */
    static Inrichting richtIn(String regio, String naam, Set<String> werkgebied, Instant nu) {
        Team t = new Team();
        t.id = UUID.randomUUID();
        t.regio = regio;
        t.naam = naam;
        t.werkgebied = new TreeSet<>(werkgebied);
        t.ingerichtOp = nu;
        return new Inrichting(t, t.alsEvent());
    }

    /** Renames the unit or redraws its work area; the region stays. */
    TeamGegevens wijzig(String naam, Set<String> werkgebied) {
        this.naam = naam;
        this.werkgebied.clear();
        this.werkgebied.addAll(werkgebied);
        return alsEvent();
    }

    private TeamGegevens alsEvent() {
        return new TeamGegevens(id, regio, naam, werkgebied());
    }

    record Inrichting(Team team, TeamGegevens event) {
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public String naam() {
        return naam;
    }

    public Instant ingerichtOp() {
        return ingerichtOp;
    }

    /** The municipalities of the work area, sorted. */
    public List<String> werkgebied() {
        return List.copyOf(new TreeSet<>(werkgebied));
    }
}
