package nl.wsp.platform.opslag;

import jakarta.persistence.AttributeConverter;

import java.util.HashMap;
import java.util.Map;

/**
 * Stores an enum as its API code, as text (docs/adr/0026, "Status values"): a stored value is then what a client, an
 * event and a report read, and renaming a Java constant never changes the data. A service's enum names one subclass,
 * {@code @Converter public static class Code extends Codeconverter<Status> { public Code() { super(Status.class); } }},
 * and its entity field {@code @Convert(converter = Status.Code.class)}. A code in the column that no constant has is
 * an {@link IllegalStateException}: the table's {@code CHECK} constraint should have made it impossible.
 */
public abstract class Codeconverter<E extends Enum<E> & MetCode> implements AttributeConverter<E, String> {

    private final Class<E> soort;
    private final Map<String, E> perCode = new HashMap<>();

    protected Codeconverter(Class<E> soort) {
        this.soort = soort;
        for (E waarde : soort.getEnumConstants()) {
            if (perCode.put(waarde.code(), waarde) != null) {
                throw new IllegalArgumentException(soort.getSimpleName() + " has code " + waarde.code() + " twice");
            }
        }
    }

    @Override
    public String convertToDatabaseColumn(E waarde) {
        return waarde == null ? null : waarde.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        E waarde = perCode.get(code);
        if (waarde == null) {
            throw new IllegalStateException("no " + soort.getSimpleName() + " has code " + code);
        }
        return waarde;
    }
}
