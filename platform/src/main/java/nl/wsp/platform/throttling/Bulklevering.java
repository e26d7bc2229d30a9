package nl.wsp.platform.throttling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that takes many items at once (matching's bulk push of candidates): the frame throttles it
 * with its own, lower limit ({@code wsp.platform.throttling.bulkleveringen}) instead of the limit of ordinary writes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bulklevering {
}
