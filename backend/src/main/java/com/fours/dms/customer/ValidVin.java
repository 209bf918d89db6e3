package com.fours.dms.customer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A VIN with a correct check digit (after normalising case and spaces). Null passes: pair with @NotNull. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidVin.Validator.class)
public @interface ValidVin {
    String message() default "is not a valid VIN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidVin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            if (value == null) {
                return true;
            }
            return Vin.problem(Vin.normalise(value)).map(p -> {
                ctx.disableDefaultConstraintViolation();
                ctx.buildConstraintViolationWithTemplate(p).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
