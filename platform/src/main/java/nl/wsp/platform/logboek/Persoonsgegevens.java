package nl.wsp.platform.logboek;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that reads or writes personal data, and names the processing activity (a key of the service's
 * register, {@code wsp.privacy.activiteiten.<key>}). {@link PersoonsgegevensInterceptor} opens the processing for the
 * call: writes inside it log their data subjects in their own transaction ({@link Verwerkingslogboek#registreer}),
 * and every data subject the answer names ({@link Betrokkene}) that was not logged yet is logged as read before the
 * answer leaves. A resource method that returns a {@code @Betrokkene} without this annotation fails the service's
 * architecture test.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Persoonsgegevens {

    /** The processing activity: a key of {@code wsp.privacy.activiteiten}. */
    @Nonbinding
    String activiteit() default "";

    /** The action logged for each data subject the answer names that the call did not log itself. */
    @Nonbinding
    String handeling() default "gelezen";
}
