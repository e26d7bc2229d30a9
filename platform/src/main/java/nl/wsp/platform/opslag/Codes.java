package nl.wsp.platform.opslag;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumMap;
import java.util.Map;

/** Each enum's codes, read once per class from its constants' {@code @JsonProperty}. */
final class Codes {

    static final ClassValue<Map<?, String>> PER_SOORT = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Map<?, String> computeValue(Class<?> soort) {
            return lees((Class) soort.asSubclass(Enum.class));
        }
    };

    private Codes() {
    }

    private static <E extends Enum<E>> Map<E, String> lees(Class<E> soort) {
        Map<E, String> codes = new EnumMap<>(soort);
        for (E waarde : soort.getEnumConstants()) {
            JsonProperty code;
            try {
                code = soort.getField(waarde.name()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException onmogelijk) {
                throw new IllegalStateException(onmogelijk);
            }
            if (code == null || code.value().isBlank()) {
                throw new IllegalStateException(soort.getSimpleName() + "." + waarde.name() + " has no @JsonProperty code");
            }
            codes.put(waarde, code.value());
        }
        return codes;
    }
}
