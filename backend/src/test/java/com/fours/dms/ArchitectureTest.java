package com.fours.dms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package by bounded context; contexts meet through services and ids, never each other's entities. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.fours.dms");

    @Test
    void resourcesOnlyTranslateHttpAndNeverTouchEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("business logic and persistence live in services (STYLE.md)")
                .check(CLASSES);
    }

    @Test
    void everyResourceWithAPostHonoursIdempotencyKey() {
        // Issue 12: every POST honours Idempotency-Key; the interceptor binds through the class annotation.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().containAnyMethodsThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("are POST endpoints", m -> m.isAnnotatedWith(jakarta.ws.rs.POST.class)))
                .should().beAnnotatedWith(com.fours.dms.shared.http.IdempotentPosts.class)
                .because("a retried POST must never act twice (shared/http/IdempotentPostsInterceptor)")
                .check(CLASSES);
    }

    @Test
    void sharedKnowsNoBoundedContext() {
        noClasses().that().resideInAPackage("..dms.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("..dms.customer..", "..dms.store..")
                .check(CLASSES);
    }

    @Test
    void otherContextsUseTheStoreContextOnlyThroughItsServices() {
        noClasses().that().resideOutsideOfPackage("..dms.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.fours.dms.store.Store")
                .check(CLASSES);
    }

    @Test
    void nobodyReadsTheSystemClockDirectly() {
        noClasses().that().doNotHaveSimpleName("ClockProducer")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .because("time comes from the injected Clock so tests can move it")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnAppointmentsAndTheWorkshopDependsOnNoOtherContext() {
        noClasses().that().resideOutsideOfPackages("..dms.appointment..", "..dms.events..")
                .should().dependOnClassesThat().resideInAPackage("..dms.appointment..")
                .because("appointments book the workshop and prepare orders; others react to their own events (no cycle appointment <-> repairorder);"
                        + " only the event feed, which nothing in appointment uses, observes the appointment's events")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..dms.workshop..")
                .should().dependOnClassesThat().resideInAnyPackage("..dms.appointment..", "..dms.repairorder..", "..dms.inspection..", "..dms.customer..",
                        "..dms.dispatch..")
                .because("the workshop's load and set-up are used by booking, repair orders and dispatch, never the other way round")
                .check(CLASSES);
    }

    @Test
    void dispatchBuildsOnRepairOrdersAndTheWorkshopWhichKnowNothingOfIt() {
        noClasses().that().resideInAnyPackage("..dms.repairorder..", "..dms.workshop..", "..dms.customer..", "..dms.store..", "..dms.followup..",
                        "..dms.notification..", "..dms.inspection..")
                .should().dependOnClassesThat().resideInAPackage("..dms.dispatch..")
                .because("the board reads orders through their services and reacts to the hand-over event (R-REP-1); others follow its CDI events")
                .check(CLASSES);
    }

    @Test
    void boundedContextsFormNoCycles() {
        slices().matching("com.fours.dms.(*)..").should().beFreeOfCycles()
                .because("contexts depend one way; the other way round they react to CDI events (STYLE.md)")
                .check(CLASSES);
    }
}
