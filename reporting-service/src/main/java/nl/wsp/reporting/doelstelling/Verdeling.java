package nl.wsp.reporting.doelstelling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deriving targets from a national target: the region's share (Amersfoort: 1.86% of the national labour force),
 * then the municipalities' shares of the region. Rounding is half-even for the region (2,500 × 1.86% = 46.5 → 46, as the
 * published table has it) and largest-remainder for the municipalities, so they add up to the region's target.
 */
public final class Verdeling {

    private Verdeling() {
    }

    public static int regioDoel(int landelijkDoel, BigDecimal regioAandeelProcent) {
        return BigDecimal.valueOf(landelijkDoel).multiply(regioAandeelProcent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).intValueExact();
    }

    /** Splits {@code totaal} over the shares (percentages that add up to 100); every unit goes to exactly one municipality. */
    public static Map<String, Integer> verdeel(int totaal, Map<String, BigDecimal> aandelenProcent) {
        BigDecimal som = aandelenProcent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Integer> uitkomst = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> resten = new ArrayList<>();
        int verdeeld = 0;
        for (Map.Entry<String, BigDecimal> aandeel : aandelenProcent.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(totaal).multiply(aandeel.getValue()).divide(som, 10, RoundingMode.HALF_EVEN);
            int heel = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
            uitkomst.put(aandeel.getKey(), heel);
            verdeeld += heel;
            resten.add(Map.entry(aandeel.getKey(), exact.subtract(BigDecimal.valueOf(heel))));
        }
        resten.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; i < totaal - verdeeld; i++) {
            uitkomst.merge(resten.get(i % resten.size()).getKey(), 1, Integer::sum);
        }
        return uitkomst;
    }
}
