package org.safeledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The habits of architecture.md, as rules that fail the build when broken. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeledger");

    /** The house stays livable: no source file of the application over 400 lines (split along domain lines). */
    @Test
    void noClassIsLongerThanFourHundredLines() throws java.io.IOException {
        var longer = new java.util.TreeMap<String, Long>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                try (var lines = java.nio.file.Files.lines(file)) {
                    long count = lines.count();
                    if (count > 400) {
                        longer.put(file.toString(), count);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(longer).isEmpty();
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAnyPackage("..web..", "org.safeledger.home")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotTouchRepositoriesOrSql() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }

    /** The features (the records and their loops). */
    private static final String[] FEATURES = {
        "org.safeledger.hazard..",
        "org.safeledger.rectification..",
        "org.safeledger.inspection..",
        "org.safeledger.enforcement..",
        "org.safeledger.accident..",
        "org.safeledger.campaign..",
        "org.safeledger.tour..",
        "org.safeledger.directive..",
        "org.safeledger.accountability..",
        "org.safeledger.risk..",
        "org.safeledger.home..",
        "org.safeledger.demo.."
    };

    /**
     * Notification only delivers and responsibility only decides who answers and who is told: both sit below every
     * feature, so any feature may use them and neither knows a feature's record.
     */
    @Test
    void notificationAndResponsibilitySitBelowTheFeatures() {
        noClasses()
                .that()
                .resideInAnyPackage("org.safeledger.notification..", "org.safeledger.responsibility..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    @Test
    void namesSayWhatThingsAreNotHowTheyAreBuilt() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .check(CLASSES);
        noClasses()
                .that()
                .areInterfaces()
                .should()
                .haveNameMatching(".*\\.I[A-Z][a-z]\\w*")
                .check(CLASSES);
    }
}
