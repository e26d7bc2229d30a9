package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.reporting.doelstelling.api.AfleidVerzoek;
import nl.wsp.reporting.doelstelling.api.DoelstellingInvoer;
import nl.wsp.platform.problem.ApiProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Derives municipal targets from a national target: national × the region's share, split by the municipalities' shares. */
@ApplicationScoped
public class LeidDoelstellingenAf {

    public record Afleiding(int regioDoel, List<Doelstelling> doelstellingen) {
    }

    private final StelDoelstellingenVast stelVast;

    LeidDoelstellingenAf(StelDoelstellingenVast stelVast) {
        this.stelVast = stelVast;
    }

    public Afleiding leidAf(AfleidVerzoek verzoek) {
        BigDecimal som = verzoek.gemeenteAandelen().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (som.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.05")) > 0) {
            throw ApiProblem.invalid("gemeenteAandelen", "de aandelen tellen op tot " + som.stripTrailingZeros().toPlainString() + "%, niet 100%");
        }
        int regioDoel = Verdeling.regioDoel(verzoek.landelijkDoel(), verzoek.regioAandeelProcent());
        Map<String, Integer> perGemeente = Verdeling.verdeel(regioDoel, verzoek.gemeenteAandelen());
        List<StelDoelstellingenVast.Regel> regels = new ArrayList<>();
        for (Map.Entry<String, Integer> e : perGemeente.entrySet()) {
            String toelichting = "afgeleid: landelijk " + verzoek.landelijkDoel() + " × " + verzoek.regioAandeelProcent().toPlainString()
                    + "% = " + regioDoel + " voor de regio; aandeel gemeente " + verzoek.gemeenteAandelen().get(e.getKey()).toPlainString() + "%";
            regels.add(new StelDoelstellingenVast.Regel("gemeenteAandelen." + e.getKey() + ".",
                    new DoelstellingInvoer(verzoek.regio(), verzoek.jaar(), verzoek.soort(), verzoek.doelgroep(), null,
                            List.of(e.getKey()), e.getValue(), toelichting)));
        }
        return new Afleiding(regioDoel, stelVast.stelVast(regels));
    }
}
