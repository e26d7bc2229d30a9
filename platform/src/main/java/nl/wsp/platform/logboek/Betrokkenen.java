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
                    boolean betrokkene = c.isAnnotationPresent(Betrokkene.class);
                    if (betrokkene || mogelijkGenest(c.getType())) {
                        c.getAccessor().setAccessible(true);
                        onderdelen.add(new Onderdeel(c, betrokkene));
                    }
                }
            }
            return List.copyOf(onderdelen);
        }
    };

    private record Onderdeel(RecordComponent component, boolean betrokkene) {
    }

    private Betrokkenen() {
    }

    /** The data subjects this answer names. */
    public static Set<UUID> in(Object antwoord) {
        Set<UUID> gevonden = new LinkedHashSet<>();
        zoek(antwoord, false, gevonden, new IdentityHashMap<>());
        return gevonden;
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

    private static void zoek(Object o, boolean alsBetrokkene, Set<UUID> gevonden, Map<Object, Boolean> bezocht) {
        if (o == null) {
            return;
        }
        if (alsBetrokkene) {
            if (o instanceof UUID id) {
                gevonden.add(id);
                return;
            }
            if (o instanceof CharSequence s) {
                try {
                    gevonden.add(UUID.fromString(s.toString()));
                } catch (IllegalArgumentException geenId) {
                    // not an id: nothing to log
                }
                return;
            }
        }
        if (o instanceof Response r) {
            zoek(r.getEntity(), alsBetrokkene, gevonden, bezocht);
        } else if (o instanceof Collection<?> c) {
            c.forEach(e -> zoek(e, alsBetrokkene, gevonden, bezocht));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(e -> zoek(e, alsBetrokkene, gevonden, bezocht));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(e -> zoek(e, alsBetrokkene, gevonden, bezocht));
        } else if (o instanceof Record && eigen(o.getClass()) && bezocht.put(o, Boolean.TRUE) == null) {
            for (Onderdeel d : ONDERDELEN.get(o.getClass())) {
                try {
                    zoek(d.component().getAccessor().invoke(o), d.betrokkene(), gevonden, bezocht);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + d.component() + " of an answer", e);
                }
            }
        }
    }
}
