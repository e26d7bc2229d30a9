package nl.wsp.account.contactverzoek;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An employer asked for contact (rule 3): its account manager — or, when it has none, the contact adviser of the
 * sector desk — must respond within 24 hours. {@code reactieUiterlijk} is stored with the request: the durable timer.
 * A request handed in through the public website ({@link Kanaal#WEBSITE}, docs/adr/0042) also holds whom to answer:
 * the contact person and an e-mail address or telephone number, wiped with the subject after the retention period.
 */
@Entity
@Table(name = "contactverzoek")
public class Contactverzoek {

    public static final Duration REACTIETERMIJN = Duration.ofHours(24);

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    private String onderwerp;

    @Column(name = "ontvangen_op", nullable = false)
    private Instant ontvangenOp;

    @Column(name = "reactie_uiterlijk", nullable = false)
    private Instant reactieUiterlijk;

    @Column(name = "toegewezen_aan")
    private UUID toegewezenAan;

    private String partner;

    @Column(nullable = false)
    private String regio;

    @Column(name = "beantwoord_op")
    private Instant beantwoordOp;

    @Column(name = "beantwoord_door")
    private String beantwoordDoor;

    @Column(name = "termijn_verstreken_op")
    private Instant termijnVerstrekenOp;

    @Convert(converter = Kanaal.Code.class)
    @Column(nullable = false)
    private Kanaal kanaal = Kanaal.ADVISEUR;

    private String contactpersoon;

    private String email;

    private String telefoon;

    protected Contactverzoek() {
    }

    static Ontvangst ontvang(UUID werkgeverId, String onderwerp, UUID toegewezenAan, String partner, String regio, Instant nu) {
        Contactverzoek v = new Contactverzoek();
        v.id = UUID.randomUUID();
        v.werkgeverId = werkgeverId;
        v.onderwerp = onderwerp;
        v.ontvangenOp = nu;
        v.reactieUiterlijk = nu.plus(REACTIETERMIJN);
        v.toegewezenAan = toegewezenAan;
        v.partner = partner;
        v.regio = regio;
        return new Ontvangst(v, new ContactverzoekOntvangen(v.id, werkgeverId, nu, v.reactieUiterlijk, toegewezenAan, partner, regio));
    }

    record Ontvangst(Contactverzoek verzoek, ContactverzoekOntvangen event) {
    }

    /** Who asked through the website and how to reach them (an e-mail address, a telephone number or both). */
    record Afzender(String contactpersoon, String email, String telefoon) {
    }

    /** A request handed in through the public website: the same 24 hours, the same event (docs/adr/0042). */
    static Ontvangst ontvangViaWebsite(UUID werkgeverId, String vraag, Afzender afzender, UUID toegewezenAan, String partner,
                                       String regio, Instant nu) {
        Ontvangst o = ontvang(werkgeverId, vraag, toegewezenAan, partner, regio, nu);
        o.verzoek().kanaal = Kanaal.WEBSITE;
        o.verzoek().contactpersoon = afzender.contactpersoon();
        o.verzoek().email = afzender.email();
        o.verzoek().telefoon = afzender.telefoon();
        return o;
    }

    /** The response; a second one is refused. Within the term means at or before {@code reactieUiterlijk}. */
    ContactverzoekBeantwoord beantwoord(String door, Instant nu) {
        if (beantwoordOp != null) {
            throw new IllegalStateException("al beantwoord");
        }
        beantwoordOp = nu;
        beantwoordDoor = door;
        return new ContactverzoekBeantwoord(id, werkgeverId, ontvangenOp, nu, binnenTermijn(), partner, regio,
                termijnVerstrekenOp != null);
    }

    /**
     * The timer fired: unanswered at the deadline. Returns the event, or null if there is nothing to flag (answered,
     * already flagged, or not yet due) — so calling it twice never emits twice.
     */
    ContactverzoekTermijnVerstreken markeerTermijnVerstreken(Instant nu) {
        if (beantwoordOp != null || termijnVerstrekenOp != null || nu.isBefore(reactieUiterlijk)) {
            return null;
        }
        termijnVerstrekenOp = nu;
        return new ContactverzoekTermijnVerstreken(id, werkgeverId, ontvangenOp, reactieUiterlijk, toegewezenAan, partner, regio);
    }

    public boolean beantwoord() {
        return beantwoordOp != null;
    }

    public Boolean binnenTermijn() {
        return beantwoordOp == null ? null : !beantwoordOp.isAfter(reactieUiterlijk);
    }

    public boolean teLaat(Instant nu) {
        return beantwoordOp == null ? !nu.isBefore(reactieUiterlijk) : beantwoordOp.isAfter(reactieUiterlijk);
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public String onderwerp() {
        return onderwerp;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public Instant reactieUiterlijk() {
        return reactieUiterlijk;
    }

    public UUID toegewezenAan() {
        return toegewezenAan;
    }

    public String partner() {
        return partner;
    }

    public String regio() {
        return regio;
    }

    public Instant beantwoordOp() {
        return beantwoordOp;
    }

    public String beantwoordDoor() {
        return beantwoordDoor;
    }

    public Instant termijnVerstrekenOp() {
        return termijnVerstrekenOp;
    }

    public Kanaal kanaal() {
        return kanaal;
    }

    public String contactpersoon() {
        return contactpersoon;
    }

    public String email() {
        return email;
    }

    public String telefoon() {
        return telefoon;
    }

    /**
     * After its retention period (docs/bewaartermijnen.md): the subject, who answered and the website's contact person,
     * e-mail address and telephone number go; the request stays counted.
     */
    public void wisVrijeTekst() {
        onderwerp = null;
        beantwoordDoor = null;
        contactpersoon = null;
        email = null;
        telefoon = null;
    }
}
