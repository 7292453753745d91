package org.safeledger.org;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * A unified social credit code valid under GB 32100-2015 (and the GB 11714 organisation code inside it). The
 * message names what is wrong: length, characters, or which check character. Blank values are left to
 * {@code @NotBlank}; lower case is accepted, as the register upper-cases codes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCode.Validator.class)
public @interface CreditCode {

    String message() default "{error.creditCode.CHECK}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code and reports the first problem found with its own message. */
    class Validator implements ConstraintValidator<CreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            var problem = UnifiedSocialCreditCode.problem(value.strip().toUpperCase(Locale.ROOT));
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "{error.creditCode." + problem.get().name() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
