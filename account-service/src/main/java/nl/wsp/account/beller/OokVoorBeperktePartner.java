package nl.wsp.account.beller;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that the users of a partner with a limited role (a re-integration company, a private
 * intermediary; docs/adr/0042) may call as well. Every method without it is 403 for them ({@link BeperkteRol}), so a
 * new operation is closed to them until someone decides otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OokVoorBeperktePartner {
}
