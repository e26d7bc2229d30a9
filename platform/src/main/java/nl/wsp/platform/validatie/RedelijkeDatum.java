package nl.wsp.platform.validatie;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date within 1900-01-01 and 2199-12-31. Jackson reads a bare number as a day count since 1970, so
 * {@code 2147483648} is a date in the year 5,881,580 — valid in Java, out of range for PostgreSQL. Refused here, with
 * a 400 naming the field, instead of a database error.
 */
@Documented
@Constraint(validatedBy = RedelijkeDatum.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RedelijkeDatum {

    LocalDate VROEGST = LocalDate.of(1900, 1, 1);
    LocalDate LAATST = LocalDate.of(2199, 12, 31);

    String message() default "een datum van 1900-01-01 tot en met 2199-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RedelijkeDatum, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(VROEGST) && !value.isAfter(LAATST);
        }
    }
}
