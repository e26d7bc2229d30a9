package nl.wsp.account.nps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Net Promoter Score of a set of 0–10 answers: % promoters (9–10) minus % detractors (0–6), passives (7–8) count
 * only in the total. Between −100 and 100, to one decimal; null without answers.
 */
public record Nps(int aantal, int promotors, int passief, int criticasters, @jakarta.annotation.Nullable BigDecimal nps) {

    public static boolean isPromotor(int score) {
        return score >= 9;
    }

    public static boolean isCriticaster(int score) {
        return score <= 6;
    }

    public static Nps van(Collection<Integer> scores) {
        int p = 0;
        int d = 0;
        for (int s : scores) {
            if (s < 0 || s > 10) {
                throw new IllegalArgumentException("score " + s + " ligt niet tussen 0 en 10");
            }
            if (isPromotor(s)) {
                p++;
            } else if (isCriticaster(s)) {
                d++;
            }
        }
        int n = scores.size();
        BigDecimal nps = n == 0 ? null
                : BigDecimal.valueOf((p - d) * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new Nps(n, p, n - p - d, d, nps);
    }
}
