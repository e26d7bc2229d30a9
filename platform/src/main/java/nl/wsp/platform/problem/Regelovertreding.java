package nl.wsp.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A business rule an aggregate refuses to break, thrown by the entity that owns the rule (docs/adr/0026-one-persistence-style.md).
 * It knows nothing of HTTP: {@link Problems} is the one mapper that turns it into problem JSON — an {@link Soort#ONGELDIG}
 * refusal is a 400 naming the field, an {@link Soort#IN_STRIJD_MET_TOESTAND} refusal a 409 with a stable type.
 * A service's domain exceptions extend this class (e.g. {@code VacatureGesloten}), so the rule is checked once, in the
 * entity, and the use case does not check it again.
 */
public abstract class Regelovertreding extends RuntimeException {

    /** What kind of refusal: the request's own value breaks the rule, or the aggregate's state does not allow it. */
    public enum Soort { ONGELDIG, IN_STRIJD_MET_TOESTAND }

    private final Soort soort;
    private final String code;
    private final String veld;
    private final Map<String, Object> kenmerken;

    /** The request's value {@code veld} breaks the rule; {@code reden} says how. */
    protected Regelovertreding(String veld, String reden) {
        super(reden, null, false, false);
        this.soort = Soort.ONGELDIG;
        this.code = "ongeldige-invoer";
        this.veld = veld;
        this.kenmerken = Map.of();
    }

    /** The aggregate's state does not allow it: {@code code} is the stable problem type, {@code kenmerken} its facts. */
    protected Regelovertreding(String code, String detail, Map<String, Object> kenmerken) {
        super(detail, null, false, false);
        this.soort = Soort.IN_STRIJD_MET_TOESTAND;
        this.code = code;
        this.veld = null;
        this.kenmerken = Map.copyOf(kenmerken);
    }

    public Soort soort() {
        return soort;
    }

    public String code() {
        return code;
    }

    /** The field the refusal names ({@link Soort#ONGELDIG}), else null. */
    public String veld() {
        return veld;
    }

    public Map<String, Object> kenmerken() {
        return kenmerken;
    }

    /** The same refusal as the edge shows it. */
    ApiProblem alsProbleem() {
        return switch (soort) {
            case ONGELDIG -> new ApiProblem(400, code, "Ongeldige invoer", "Het verzoek bevat ongeldige gegevens",
                    List.of(new Problem.InvalidParam(veld, getMessage())), null);
            case IN_STRIJD_MET_TOESTAND -> ApiProblem.conflict(code, getMessage(), kenmerken.isEmpty() ? null : kenmerken);
        };
    }
}
