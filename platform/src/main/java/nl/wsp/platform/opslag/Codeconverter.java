package nl.wsp.platform.opslag;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its API code, as text (docs/adr/0026, "Status values"): a stored value is then what a client, an
 * event and a report read, and renaming a Java constant never changes the data. A service's enum names one subclass,
 * {@code @Converter public static class Code extends Codeconverter<Status> { public Code() { super(Status.class); } }},
 * and its entity field {@code @Convert(converter = Status.Code.class)}. A code in the column that no constant has is
 * an {@link IllegalStateException}: the table's {@code CHECK} constraint should have made it impossible.
 */
public abstract class Codeconverter<E extends Enum<E> & MetCode> implements AttributeConverter<E, String> {

    private final Codes<E> codes;

    /** Reads the codes of {@code soort} at once, so an enum with a missing or doubled code fails at start-up. */
    protected Codeconverter(Class<E> soort) {
        this.codes = Codes.van(soort);
    }

    @Override
    public String convertToDatabaseColumn(E waarde) {
        return waarde == null ? null : codes.code(waarde);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        E waarde = codes.waarde(code);
        if (waarde == null) {
            throw new IllegalStateException("no " + codes.naam() + " has code " + code);
        }
        return waarde;
    }
}
