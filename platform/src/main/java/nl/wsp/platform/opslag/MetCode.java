package nl.wsp.platform.opslag;

/**
 * An enum whose constants have the code the API, the events and the database use ({@code breed-uitgezet}, {@code open}).
 * The code is written once, as the constant's {@code @JsonProperty}: Jackson reads and writes it, SmallRye OpenAPI
 * lists it as the schema's {@code enum}, and {@link Codeconverter} stores it. A constant without one is refused when
 * its codes are first read.
 */
public interface MetCode {

    default String code() {
        Enum<?> waarde = (Enum<?>) this;
        return Codes.van(waarde.getDeclaringClass()).code(waarde);
    }

    /**
     * The constant of {@code soort} with this code, {@code null} for {@code null}: for a code kept as text (a reason, a
     * contract form) that an answer shows as its enum. A code no constant has is an {@link IllegalArgumentException}.
     */
    static <E extends Enum<E> & MetCode> E van(Class<E> soort, String code) {
        if (code == null) {
            return null;
        }
        E waarde = Codes.van(soort).waarde(code);
        if (waarde == null) {
            throw new IllegalArgumentException("no " + soort.getSimpleName() + " has code " + code);
        }
        return waarde;
    }
}
