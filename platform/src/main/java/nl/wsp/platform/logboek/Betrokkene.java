package nl.wsp.platform.logboek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that holds the id of a data subject: a {@link java.util.UUID}, a string holding one, or a
 * collection of them. An answer of a {@link Persoonsgegevens} operation is searched for these, so each data subject
 * it names gets its row in the processing log.
 * <p>
 * {@link #soort()} says what kind of person the id stands for, and so the row's {@code betrokkene_type}
 * ({@code dpl.core.data_subject_id_type}): {@code urn:nl:wsp:<service>:<soort>-id}. Left empty, the service's one
 * kind applies ({@code wsp.privacy.betrokkene-type}; matching-service: its candidates).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Betrokkene {

    /** The kind of data subject, e.g. {@code adviseur}; empty: the service's default kind. */
    String soort() default "";
}
