package com.fours.dms.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every role an endpoint allows is one of the realm's roles: a typo in a role name would lock everyone out silently. */
class RolesTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.fours.dms");

    @Test
    void everyRolesAllowedNamesARoleConstant() {
        List<String> unknown = new ArrayList<>();
        int endpoints = 0;
        for (var c : CLASSES) {
            Class<?> type = c.reflect();
            for (Method m : type.getDeclaredMethods()) {
                RolesAllowed allowed = Stream.of(m.getAnnotation(RolesAllowed.class), type.getAnnotation(RolesAllowed.class))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (allowed == null) {
                    continue;
                }
                endpoints++;
                for (String role : allowed.value()) {
                    if (!Roles.ALL.contains(role)) {
                        unknown.add(type.getSimpleName() + "#" + m.getName() + ": " + role);
                    }
                }
            }
        }
        assertTrue(endpoints > 50, "found the resources' @RolesAllowed (" + endpoints + ")");
        assertEquals(List.of(), unknown);
    }

    @Test
    void theStaffPatternIsEveryRoleButTheIntegrator() {
        assertEquals(Roles.ALL.stream().filter(r -> !r.equals(Roles.INTEGRATOR)).toList(), List.of(Roles.STAFF_PATTERN.split("\\|")));
    }
}
