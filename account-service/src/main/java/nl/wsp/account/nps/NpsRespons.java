package nl.wsp.account.nps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One employer's answer (0–10) in one measurement round (two a year, "2026-1", "2026-2"). The account manager and
 * their partner at the time of answering are kept, so NPS per account manager and per partner does not shift later.
 */
@Entity
@Table(name = "nps_respons")
public class NpsRespons {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    @Column(nullable = false)
    private String meetronde;

    @Column(nullable = false)
    private int score;

    private String toelichting;

    @Column(name = "accountmanager_id")
    private UUID accountmanagerId;

    private String partner;

    @Column(nullable = false)
    private String regio;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    protected NpsRespons() {
    }

    static Registratie registreer(UUID werkgeverId, String meetronde, int score, String toelichting, UUID accountmanagerId,
                                  String partner, String regio, String sector, Instant nu) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score");
        }
        NpsRespons r = new NpsRespons();
        r.id = UUID.randomUUID();
        r.werkgeverId = werkgeverId;
        r.meetronde = meetronde;
        r.score = score;
        r.toelichting = toelichting;
        r.accountmanagerId = accountmanagerId;
        r.partner = partner;
        r.regio = regio;
        r.geregistreerdOp = nu;
        return new Registratie(r, new NpsResponsGeregistreerd(r.id, werkgeverId, meetronde, score, accountmanagerId, partner, regio,
                sector));
    }

    record Registratie(NpsRespons respons, NpsResponsGeregistreerd event) {
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public String meetronde() {
        return meetronde;
    }

    public int score() {
        return score;
    }

    public String toelichting() {
        return toelichting;
    }

    public UUID accountmanagerId() {
        return accountmanagerId;
    }

    public String partner() {
        return partner;
    }

    public String regio() {
        return regio;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    /** After its retention period (docs/bewaartermijnen.md): the remark goes, the score stays. */
    public void wisVrijeTekst() {
        toelichting = null;
    }
}
