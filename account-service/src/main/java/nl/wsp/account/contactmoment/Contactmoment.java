package nl.wsp.account.contactmoment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.werkgever.Werkgever;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A contact with an employer (rule 3), by any adviser of any partner: the WSP is one team. When the adviser works for
 * another partner than the employer's account manager, the account manager is notified (through the event).
 */
@Entity
@Table(name = "contactmoment")
public class Contactmoment {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    @Convert(converter = ContactSoort.Code.class)
    @Column(nullable = false)
    private ContactSoort soort;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(name = "adviseur_id", nullable = false)
    private UUID adviseurId;

    private String samenvatting;

    private String vervolgafspraak;

    @Column(name = "vervolg_uiterlijk")
    private LocalDate vervolgUiterlijk;

    @Column(name = "accountmanager_genotificeerd", nullable = false)
    private boolean accountmanagerGenotificeerd;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    /** The services delivered, codes of the service catalogue (data/referentie/diensten.csv; docs/adr/0020). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contactmoment_dienst", joinColumns = @JoinColumn(name = "contactmoment_id"))
    @Column(name = "dienst", nullable = false)
    private Set<String> diensten = new TreeSet<>();

    protected Contactmoment() {
    }

    /**
     * @param accountmanagerPartner the partner of the employer's account manager, null when it has none
     */
    static Registratie registreer(Werkgever werkgever, Adviseur adviseur, String accountmanagerPartner, ContactSoort soort,
                                  LocalDate datum, String samenvatting, String vervolgafspraak, LocalDate vervolgUiterlijk,
                                  Collection<String> diensten, int catalogusversie, Instant nu) {
        Contactmoment c = new Contactmoment();
        c.id = UUID.randomUUID();
        c.werkgeverId = werkgever.id();
        c.soort = soort;
        c.datum = datum;
        c.adviseurId = adviseur.id();
        c.samenvatting = samenvatting;
        c.vervolgafspraak = vervolgafspraak;
        c.vervolgUiterlijk = vervolgUiterlijk;
        c.accountmanagerGenotificeerd = accountmanagerPartner != null && !accountmanagerPartner.equals(adviseur.partnerCode());
        c.geregistreerdOp = nu;
        c.diensten = new TreeSet<>(diensten);
        return new Registratie(c, new ContactmomentGeregistreerd(werkgever.id(), c.id, soort, datum, adviseur.id(),
                adviseur.partnerCode(), werkgever.vestigingsgemeente(), werkgever.regio(), c.accountmanagerGenotificeerd,
                werkgever.sector(), c.diensten(), catalogusversie, vervolgUiterlijk));
    }

    record Registratie(Contactmoment contactmoment, ContactmomentGeregistreerd event) {
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public ContactSoort soort() {
        return soort;
    }

    public LocalDate datum() {
        return datum;
    }

    public UUID adviseurId() {
        return adviseurId;
    }

    public String samenvatting() {
        return samenvatting;
    }

    public String vervolgafspraak() {
        return vervolgafspraak;
    }

    public LocalDate vervolgUiterlijk() {
        return vervolgUiterlijk;
    }

    public boolean accountmanagerGenotificeerd() {
        return accountmanagerGenotificeerd;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    /** The services delivered, sorted by code. */
    public List<String> diensten() {
        return diensten.stream().sorted().toList();
    }

    /** After its retention period (docs/bewaartermijnen.md): the text about people goes, the contact moment stays counted. */
    public void wisVrijeTekst() {
        samenvatting = null;
        vervolgafspraak = null;
    }
}
