package nl.wsp.platform.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} query parameter that names an item of reference data (a municipality, a region, a partner, a target
 * group, an ESCO URI): {@link Parameters} asks the service's {@link Referentiecodes} whether the value names one of
 * that kind, and refuses an unknown code with 400 naming the parameter and saying what is allowed. A filter that
 * named nothing would otherwise answer an empty list, and a typo would look like "none".
 * <pre>{@code @QueryParam("gemeente") @Referentie(Referentie.GEMEENTE) String gemeente}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Referentie {

    String GEMEENTE = "gemeente";
    String REGIO = "regio";
    String PARTNER = "partner";
    String DOELGROEP = "doelgroep";
    String ESCO_BEROEP = "esco-beroep";

    /** The kind of reference item, as the service's {@link Referentiecodes} knows it. */
    String value();
}
