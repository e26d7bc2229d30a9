package nl.wsp.platform.logboek;

import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the data subjects an answer names: the values of its {@link Betrokkene} record components, at any depth of
 * records, collections, maps, optionals and a JAX-RS {@link Response}'s entity. Only the service's own records
 * ({@code nl.wsp.*}) are looked into.
 */
public final class Betrokkenen {

    private static final ClassValue<List<Onderdeel>> ONDERDELEN = new ClassValue<>() {
        @Override
        protected List<Onderdeel> computeValue(Class<?> type) {
            List<Onderdeel> onderdelen = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Betrokkene betrokkene = c.getAnnotation(Betrokkene.class);
                    if (betrokkene != null || mogelijkGenest(c.getType())) {
                        c.getAccessor().setAccessible(true);
                        onderdelen.add(new Onderdeel(c, betrokkene == null ? null : betrokkene.soort()));
                    }
                }
            }
            return List.copyOf(onderdelen);
        }
    };

    /** {@code soort}: the kind of data subject of a {@link Betrokkene} component ("" the default), null for a nesting one. */
    private record Onderdeel(RecordComponent component, String soort) {
    }

    private Betrokkenen() {
    }

    /** The data subjects this answer names. */
    public static Set<UUID> in(Object antwoord) {
        Set<UUID> gevonden = new LinkedHashSet<>();
        perSoort(antwoord).values().forEach(gevonden::addAll);
        return gevonden;
    }

    /**
     * The data subjects this answer names, per kind ({@link Betrokkene#soort()}, "" for the service's default kind).
     * An id named under two kinds counts under the first met.
     */
    public static Map<String, Set<UUID>> perSoort(Object antwoord) {
        Map<UUID, String> gevonden = new java.util.LinkedHashMap<>();
        zoek(antwoord, null, gevonden, new IdentityHashMap<>());
        Map<String, Set<UUID>> perSoort = new java.util.LinkedHashMap<>();
        gevonden.forEach((id, soort) -> perSoort.computeIfAbsent(soort, s -> new LinkedHashSet<>()).add(id));
        return perSoort;
    }

    /**
     * True when the type, or any record reachable from it (through type arguments too, {@code List<Weergave>}), has a
     * {@link Betrokkene} component: an operation answering it needs {@link Persoonsgegevens} (the architecture rule).
     */
    public static boolean noemtBetrokkenen(java.lang.reflect.Type type) {
        return noemt(type, new java.util.HashSet<>());
    }

    private static boolean noemt(java.lang.reflect.Type type, Set<java.lang.reflect.Type> gezien) {
        if (!gezien.add(type)) {
            return false;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            for (java.lang.reflect.Type arg : p.getActualTypeArguments()) {
                if (noemt(arg, gezien)) {
                    return true;
                }
            }
            return noemt(p.getRawType(), gezien);
        }
        if (!(type instanceof Class<?> k) || !k.isRecord()) {
            return false;
        }
        for (RecordComponent c : k.getRecordComponents()) {
            if (c.isAnnotationPresent(Betrokkene.class) || noemt(c.getGenericType(), gezien)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mogelijkGenest(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || Optional.class == type
                || type == Object.class || (type.isRecord() && eigen(type));
    }

    private static boolean eigen(Class<?> type) {
        return type.getName().startsWith("nl.wsp.");
    }

    /** {@code soort}: non-null while inside a {@link Betrokkene} component (its kind). */
    private static void zoek(Object o, String soort, Map<UUID, String> gevonden, Map<Object, Boolean> bezocht) {
        if (o == null) {
            return;
        }
        if (soort != null) {
            if (o instanceof UUID id) {
                gevonden.putIfAbsent(id, soort);
                return;
            }
            if (o instanceof CharSequence s) {
                try {
                    gevonden.putIfAbsent(UUID.fromString(s.toString()), soort);
                } catch (IllegalArgumentException geenId) {
                    // not an id: nothing to log
                }
                return;
            }
        }
        if (o instanceof Response r) {
            zoek(r.getEntity(), soort, gevonden, bezocht);
        } else if (o instanceof Collection<?> c) {
            c.forEach(e -> zoek(e, soort, gevonden, bezocht));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(e -> zoek(e, soort, gevonden, bezocht));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(e -> zoek(e, soort, gevonden, bezocht));
        } else if (o instanceof Record && eigen(o.getClass()) && bezocht.put(o, Boolean.TRUE) == null) {
            for (Onderdeel d : ONDERDELEN.get(o.getClass())) {
                try {
                    zoek(d.component().getAccessor().invoke(o), d.soort(), gevonden, bezocht);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + d.component() + " of an answer", e);
                }
            }
        }
    }
}
