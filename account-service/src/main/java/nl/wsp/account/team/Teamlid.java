package nl.wsp.account.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An adviser's membership of one unit of its region: at most one at a time (the adviser's id is the key). */
@Entity
@Table(name = "teamlid")
public class Teamlid {

    @Id
    @Column(name = "adviseur_id")
    private UUID adviseurId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "ingedeeld_op", nullable = false)
    private Instant ingedeeldOp;

    protected Teamlid() {
    }

    static Teamlid van(UUID adviseurId, UUID teamId, Instant nu) {
        Teamlid l = new Teamlid();
        l.adviseurId = adviseurId;
        l.teamId = teamId;
        l.ingedeeldOp = nu;
        return l;
    }

    /** Moves the adviser to another unit; answers the unit it left. */
    UUID verplaats(UUID naarTeam, Instant nu) {
        UUID vorig = teamId;
        teamId = naarTeam;
        ingedeeldOp = nu;
        return vorig;
    }

    public UUID adviseurId() {
        return adviseurId;
    }

    public UUID teamId() {
        return teamId;
    }

    public Instant ingedeeldOp() {
        return ingedeeldOp;
    }
}
