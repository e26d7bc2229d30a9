package nl.wsp.account.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner organisation of the WSP: a municipality, UWV or a sheltered-work company, in one labour-market region.
 * Its {@code code} is what tokens carry in their {@code partner} claim. Only an active partner acts: a deactivated one
 * is refused as a caller and as a party, as an unknown one is.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String naam;

    @Convert(converter = PartnerSoort.Code.class)
    @Column(nullable = false)
    private PartnerSoort soort;

    @Column(nullable = false)
    private String regio;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    @Column(nullable = false)
    private boolean actief;

    /** The municipalities it is the executing organisation of (ADR 0041), sorted; empty: it acts for itself only. */
    @Column(name = "uitvoerend_voor", nullable = false)
    private String[] uitvoerendVoor = new String[0];

    protected Partner() {
    }

    private Partner(UUID id, String code, String naam, PartnerSoort soort, String regio, Instant geregistreerdOp) {
        this.id = id;
        this.code = code;
        this.naam = naam;
        this.soort = soort;
        this.regio = regio;
        this.geregistreerdOp = geregistreerdOp;
        this.actief = true;
    }

    /** Registers a partner and returns it with the event that says so. */
    static Registration registreer(String code, String naam, PartnerSoort soort, String regio, Instant nu) {
        Partner partner = new Partner(UUID.randomUUID(), code, naam, soort, regio, nu);
        return new Registration(partner, new PartnerGeregistreerd(partner.id, code, naam, soort, regio, nu));
    }

    record Registration(Partner partner, PartnerGeregistreerd event) {
    }

    /** Takes the partner out of its region's WSP; empty when it was not active (nothing changes, nothing to tell). */
    Optional<PartnerGedeactiveerd> deactiveer(Instant nu) {
        if (!actief) {
            return Optional.empty();
        }
        actief = false;
        return Optional.of(new PartnerGedeactiveerd(id, code, regio, nu));
    }

    /** Makes the partner active in its region again; empty when it was active already. */
    Optional<PartnerGeactiveerd> activeer(Instant nu) {
        if (actief) {
            return Optional.empty();
        }
        actief = true;
        return Optional.of(new PartnerGeactiveerd(id, code, regio, nu));
    }

    /**
     * Makes the partner the executing organisation of these municipalities (checked against the reference data and its
     * region by {@link WijzigUitvoering}, normalised and sorted); empty when they are the ones it has already.
     */
    Optional<PartnerUitvoeringGewijzigd> voerUitVoor(List<String> gemeenten, Instant nu) {
        if (List.of(uitvoerendVoor).equals(gemeenten)) {
            return Optional.empty();
        }
        uitvoerendVoor = gemeenten.toArray(String[]::new);
        return Optional.of(new PartnerUitvoeringGewijzigd(id, code, regio, List.copyOf(gemeenten), nu));
    }

    /** The municipalities it executes for (ADR 0041); empty for a partner that acts for itself only. */
    public List<String> uitvoerendVoor() {
        return List.of(uitvoerendVoor);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public PartnerSoort soort() {
        return soort;
    }

    public String regio() {
        return regio;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    /** Whether the partner takes part in its region's WSP now (a region's beheerder deactivates and activates it). */
    public boolean actief() {
        return actief;
    }
}
