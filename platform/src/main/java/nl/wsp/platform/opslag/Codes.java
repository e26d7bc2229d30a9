package nl.wsp.platform.opslag;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Each enum's codes in both directions, read once per class from its constants' {@code @JsonProperty}: the one table
 * {@link MetCode#code()}, {@link MetCode#van} and {@link Codeconverter} all read, so a code cannot mean two things.
 */
final class Codes<E extends Enum<E>> {

    private static final ClassValue<Codes<?>> PER_SOORT = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Codes<?> computeValue(Class<?> soort) {
            return new Codes(soort.asSubclass(Enum.class));
        }
    };

    private final Class<E> soort;
    private final Map<E, String> perWaarde;
    private final Map<String, E> perCode = new HashMap<>();

    private Codes(Class<E> soort) {
        this.soort = soort;
        this.perWaarde = new EnumMap<>(soort);
        for (E waarde : soort.getEnumConstants()) {
            String code = code(soort, waarde);
            E eerder = perCode.put(code, waarde);
            if (eerder != null) {
                throw new IllegalArgumentException(soort.getSimpleName() + " has code " + code + " twice ("
                        + eerder.name() + ", " + waarde.name() + ")");
            }
            perWaarde.put(waarde, code);
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Codes<E> van(Class<E> soort) {
        return (Codes<E>) PER_SOORT.get(soort);
    }

    String code(Enum<?> waarde) {
        return perWaarde.get(soort.cast(waarde));
    }

    /** The constant with this code, {@code null} when none has it. */
    E waarde(String code) {
        return perCode.get(code);
    }

    String naam() {
        return soort.getSimpleName();
    }

    private static <E extends Enum<E>> String code(Class<E> soort, E waarde) {
        JsonProperty code;
        try {
            code = soort.getField(waarde.name()).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
        if (code == null || code.value().isBlank()) {
            throw new IllegalStateException(soort.getSimpleName() + "." + waarde.name() + " has no @JsonProperty code");
        }
        return code.value();
    }
}
