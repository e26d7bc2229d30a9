package nl.wsp.matching.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A partner organisation as this service knows it, from account-service's partner events, and whether it is active. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;
    private String code;
    private String naam;
    private String soort;
    private String regio;
    /** False after account-service's {@code partners.gedeactiveerd.v1}, true again after {@code …geactiveerd.v1}. */
    private boolean actief = true;
    /** The municipalities it is the executing organisation of (account's {@code partners.uitvoering-gewijzigd.v1}, ADR 0041). */
    @jakarta.persistence.Column(name = "uitvoerend_voor")
    private String[] uitvoerendVoor = new String[0];

    protected Partner() {
    }

    Partner(PartnerGeregistreerdV1 e) {
        this.id = e.partnerId();
        this.code = e.code();
        this.naam = e.naam();
        this.soort = e.soort();
        this.regio = e.regio();
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

    public String soort() {
        return soort;
    }

    public String regio() {
        return regio;
    }

    public boolean actief() {
        return actief;
    }

    void zetActief(boolean actief) {
        this.actief = actief;
    }

    void zetUitvoerendVoor(List<String> gemeenten) {
        this.uitvoerendVoor = gemeenten == null ? new String[0] : gemeenten.toArray(String[]::new);
    }

    /**
     * Where its candidates may live (ADR 0041): for an executing organisation the municipalities it executes for, and a
     * municipality's own (the one of the reference data its name names, "Gemeente Tilburg" → Tilburg); empty for a partner
     * that acts for itself only, whose candidates may live anywhere (domain rule 6).
     */
    public Set<String> woongemeentenVanKandidaten() {
        Set<String> gemeenten = new TreeSet<>(List.of(uitvoerendVoor));
        if (!gemeenten.isEmpty() && "gemeente".equals(soort)) {
            Arbeidsmarktregios.gemeenteVanOrganisatie(naam).ifPresent(g -> gemeenten.add(g.naam()));
        }
        return gemeenten;
    }
}
