package nl.wsp.platform.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import nl.wsp.platform.problem.ApiProblem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads typed query and header parameters ({@code Integer}, {@code Long}, {@code Boolean}, {@code UUID},
 * {@code LocalDate}, enumerations) strictly, and refuses a value that is not one with a 400 naming the parameter.
 * <p>
 * Without it JAX-RS answers 404 for a query parameter it cannot convert, and reads {@code bediend=ja} as
 * {@code false}; so resources used to take every parameter as a {@code String}, and the OpenAPI document said
 * "string" for a year, a limit or a yes/no filter. With it a resource declares the true Java type, the generated
 * document states it (with the bounds of {@code @Min}/{@code @Max}), and generated clients send the right type.
 * An enumeration is read by its JSON name ({@code @JsonProperty}, the same spelling bodies use); a {@code String} marked
 * {@link Referentie} must name an item of the service's reference data ({@link Referentiecodes}). Path ids are left to
 * JAX-RS: an id that is no id names no resource, so it stays 404 like one that does not exist.
 * <p>
 * The converter throws {@link ApiProblem}; RESTEasy Reactive wraps what a converter throws in a
 * {@code NotFoundException}/{@code BadRequestException}, which {@code Problems} unwraps again.
 */
@Provider
public class Parameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "een geheel getal", Integer::valueOf, rawType.isPrimitive());
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "een geheel getal", Long::valueOf, rawType.isPrimitive());
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true of false", Parameters::bool, rawType.isPrimitive());
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "geen geldige id (UUID)", UUID::fromString, false);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "een datum (jjjj-mm-dd)", LocalDate::parse, false);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumeration(name, (Class<? extends Enum>) rawType);
        }
        Referentie referentie = referentie(annotations);
        if (rawType == String.class && referentie != null) {
            return (ParamConverter<T>) referentie(name, referentie.value());
        }
        return null;
    }

    private static Referentie referentie(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Referentie r) {
                return r;
            }
        }
        return null;
    }

    /**
     * A code of reference data ({@link Referentie}): an empty value is absent, an unknown code 400 naming the parameter
     * and saying what is allowed. The service's {@link Referentiecodes} is looked up per call: converters are made
     * before the CDI container runs.
     */
    private static ParamConverter<String> referentie(String name, String soort) {
        return new ParamConverter<>() {
            @Override
            public String fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                Referentiecodes codes = jakarta.enterprise.inject.spi.CDI.current().select(Referentiecodes.class).get();
                codes.onbekend(soort, value).ifPresent(toegestaan -> {
                    throw ApiProblem.invalid(name, "onbekende " + soort + "; toegestaan: " + toegestaan);
                });
                return value;
            }

            @Override
            public String toString(String value) {
                return value;
            }
        };
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** An empty value ({@code ?limiet=}) is an absent one, as before; a primitive cannot be absent, so it is refused. */
    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse, boolean primitive) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (primitive) {
                        throw ApiProblem.invalid(name, expected);
                    }
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ApiProblem.invalid(name, expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static <E extends Enum<E>> ParamConverter<E> enumeration(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(Parameters::jsonName).collect(Collectors.joining(", "));
        return new ParamConverter<>() {
            @Override
            public E fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                for (E constant : constants) {
                    if (jsonName(constant).equals(value.trim())) {
                        return constant;
                    }
                }
                throw ApiProblem.invalid(name, "onbekende waarde; toegestaan: " + allowed);
            }

            @Override
            public String toString(E value) {
                return value == null ? null : jsonName(value);
            }
        };
    }

    static String jsonName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
