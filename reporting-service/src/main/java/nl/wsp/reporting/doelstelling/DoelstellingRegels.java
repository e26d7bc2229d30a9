package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.reporting.doelstelling.api.DoelstellingInvoer;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.partner.PartnerRegioRepository;
import nl.wsp.reporting.referentie.Regios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** Checks a target against the reference data and the target-group codes, and puts it in its normal form. */
@ApplicationScoped
public class DoelstellingRegels {

    private final Regios regios;
    private final PartnerRegioRepository partners;

    DoelstellingRegels(Regios regios, PartnerRegioRepository partners) {
        this.regios = regios;
        this.partners = partners;
    }

    /**
     * @param veld prefix of the field names in a refusal ("" for a body, "csv[3]." for a CSV line)
     */
    public Doelstelling normaliseer(UUID id, DoelstellingInvoer in, String veld, Instant nu) {
        if (in.regio() == null || !regios.bestaat(in.regio())) {
            throw ApiProblem.invalid(veld + "regio", "onbekende regio");
        }
        if (in.jaar() == null || in.jaar() < 2000 || in.jaar() > 2100) {
            throw ApiProblem.invalid(veld + "jaar", "een jaar van 2000 tot en met 2100");
        }
        if (!Doelstelling.SOORTEN.contains(in.soort())) {
            throw ApiProblem.invalid(veld + "soort", "onbekende waarde; toegestaan: " + String.join(", ", Doelstelling.SOORTEN));
        }
        boolean banenafspraak = !Doelstelling.PLAATSINGEN.equals(in.soort());
        String doelgroep = in.doelgroep() != null ? in.doelgroep() : banenafspraak ? Doelgroepen.BANENAFSPRAAK : Doelgroepen.ALLE;
        if (!Doelgroepen.VOOR_DOELSTELLING.contains(doelgroep)) {
            throw ApiProblem.invalid(veld + "doelgroep", "onbekende doelgroep; toegestaan: " + String.join(", ", Doelgroepen.VOOR_DOELSTELLING));
        }
        if (banenafspraak && !Doelgroepen.BANENAFSPRAAK.equals(doelgroep)) {
            throw ApiProblem.invalid(veld + "doelgroep", "een banenafspraak-doelstelling geldt voor doelgroep banenafspraak");
        }
        if (in.aantal() == null || in.aantal() < 0) {
            throw ApiProblem.invalid(veld + "aantal", "mag niet negatief zijn");
        }
        List<String> gemeenten = in.gemeenten() == null ? List.of() : in.gemeenten();
        if (in.partner() != null && !gemeenten.isEmpty()) {
            throw ApiProblem.invalid(veld + "gemeenten", "een doelstelling geldt voor een partner óf voor gemeenten, niet beide");
        }
        if (in.partner() == null && gemeenten.isEmpty()) {
            throw ApiProblem.invalid(veld + "gemeenten", "noem de gemeenten of een partner");
        }
        if (in.partner() != null && !in.partner().matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw ApiProblem.invalid(veld + "partner", "een partnercode als gemeente-amersfoort");
        }
        if (in.partner() != null && !partners.isPartnerVan(in.partner(), in.regio())) {
            throw ApiProblem.invalid(veld + "partner", "onbekende partner in regio " + in.regio()
                    + "; toegestaan: de partners van GET /api/v1/partners?regio=" + in.regio());
        }
        List<String> bekend = regios.gemeenten(in.regio());
        TreeSet<String> genormaliseerd = new TreeSet<>();
        for (int i = 0; i < gemeenten.size(); i++) {
            String gemeente = gemeenten.get(i) == null ? "" : gemeenten.get(i).trim();
            if (!bekend.contains(gemeente)) {
                throw ApiProblem.invalid(veld + "gemeenten[" + i + "]", "onbekende gemeente in regio " + in.regio());
            }
            genormaliseerd.add(gemeente);
        }
        return new Doelstelling(id, in.regio(), in.jaar(), in.soort(), doelgroep, in.partner(), new ArrayList<>(genormaliseerd),
                in.aantal(), in.toelichting(), nu);
    }
}
