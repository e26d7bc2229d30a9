package nl.wsp.platform.logboek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that holds the id of a data subject (a candidate): a {@link java.util.UUID}, a string holding
 * one, or a collection of them. An answer of a {@link Persoonsgegevens} operation is searched for these, so each
 * data subject it names gets its row in the processing log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Betrokkene {
}
