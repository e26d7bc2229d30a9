package nl.wsp.account.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An employer, known by its 8-digit KvK number. It has at most one account manager at a time, who speaks for all
 * partners ("contact with one is contact with all"); once assigned there is always exactly one.
 * {@code versie} makes concurrent changes collide instead of overwriting each other.
 */
@Entity
@Table(name = "werkgever")
public class Werkgever {

    /** Rule 2: employers with more than 5 employees are served. */
    public static final int BEDIEND_VANAF = 6;
    /** Rule 2: employers with more than 25 employees are visited. */
    public static final int BEZOEKEN_VANAF = 26;

    @Id
    private UUID id;

    @Column(name = "kvk_nummer", nullable = false, unique = true)
    private String kvkNummer;

    @Column(nullable = false)
    private String naam;

    @Column(nullable = false)
    private String vestigingsgemeente;

    @Column(nullable = false)
    private String regio;

    @Column(nullable = false)
    private String sector;

    @Column(name = "aantal_werknemers", nullable = false)
    private int aantalWerknemers;

    @Column(name = "key_account", nullable = false)
    private boolean keyAccount;

    @Column(nullable = false)
    private boolean smaakmaker;

    @Column(name = "accountmanager_id")
    private UUID accountmanagerId;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    @Version
    private long versie;

    protected Werkgever() {
    }

    /** The facts about an employer a client may set. */
    public record Gegevens(String naam, String vestigingsgemeente, String regio, String sector, int aantalWerknemers,
                           boolean keyAccount, boolean smaakmaker) {
    }

    static Registratie registreer(String kvkNummer, Gegevens g, Instant nu) {
        Werkgever w = new Werkgever();
        w.id = UUID.randomUUID();
        w.kvkNummer = kvkNummer;
        w.geregistreerdOp = nu;
        w.neem(g);
        return new Registratie(w, WerkgeverGeregistreerd.van(w));
    }

    record Registratie(Werkgever werkgever, WerkgeverGeregistreerd event) {
    }

    WerkgeverGewijzigd wijzig(Gegevens g) {
        neem(g);
        return WerkgeverGewijzigd.van(this);
    }

    private void neem(Gegevens g) {
        this.naam = g.naam();
        this.vestigingsgemeente = g.vestigingsgemeente();
        this.regio = g.regio();
        this.sector = g.sector();
        this.aantalWerknemers = g.aantalWerknemers();
        this.keyAccount = g.keyAccount();
        this.smaakmaker = g.smaakmaker();
    }

    /**
     * Makes {@code nieuwe} the account manager. {@code verwachteHuidige} is who the caller believes holds the account
     * now (null: nobody); if someone else does, the caller acted on stale information and is refused.
     *
     * @param volgnummer the next number in the history: two concurrent assignments pick the same one and collide
     */
    Toewijzing wijsAccountmanagerToe(UUID nieuwe, String partnerVanNieuwe, UUID verwachteHuidige, String reden,
                                     String door, long volgnummer, Instant nu) {
        if (!Objects.equals(accountmanagerId, verwachteHuidige)) {
            throw new AccountIntussenGewijzigd(accountmanagerId);
        }
        UUID vorige = accountmanagerId;
        accountmanagerId = nieuwe;
        AccountmanagerToewijzing entry = new AccountmanagerToewijzing(id, volgnummer, nieuwe, vorige, reden, door, nu);
        return new Toewijzing(entry, new AccountmanagerToegewezen(id, nieuwe, partnerVanNieuwe, vorige, reden, nu));
    }

    record Toewijzing(AccountmanagerToewijzing entry, AccountmanagerToegewezen event) {
    }

    /** The caller's picture of who holds the account is out of date. */
    static final class AccountIntussenGewijzigd extends RuntimeException {
        final UUID huidige;

        AccountIntussenGewijzigd(UUID huidige) {
            super(null, null, false, false);
            this.huidige = huidige;
        }
    }

    public boolean bediend() {
        return aantalWerknemers >= BEDIEND_VANAF;
    }

    public UUID id() {
        return id;
    }

    public String kvkNummer() {
        return kvkNummer;
    }

    public String naam() {
        return naam;
    }

    public String vestigingsgemeente() {
        return vestigingsgemeente;
    }

    public String regio() {
        return regio;
    }

    public String sector() {
        return sector;
    }

    public int aantalWerknemers() {
        return aantalWerknemers;
    }

    public boolean keyAccount() {
        return keyAccount;
    }

    public boolean smaakmaker() {
        return smaakmaker;
    }

    public UUID accountmanagerId() {
        return accountmanagerId;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    public long versie() {
        return versie;
    }
}
