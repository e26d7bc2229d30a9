package nl.wsp.account;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering rules, checked with ArchUnit from plain JUnit tests (ArchUnit's own JUnit 5 engine does not run on
 * the JUnit 6 platform that Quarkus 3.34 brings).
 */
class ArchitectuurTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wsp.account");

    @Test
    void entiteiten_events_en_use_cases_kennen_geen_rest() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .and().resideOutsideOfPackage("..platform..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("only resources and the platform edge speak HTTP")
                .check(CLASSES);
    }

    @Test
    void alleen_de_relay_produceert_naar_kafka() {
        noClasses().that().doNotHaveSimpleName("OutboxRelay")
                .should().dependOnClassesThat().haveSimpleName("KafkaProducer")
                .because("events leave only through the outbox, in the transaction of the state change")
                .check(CLASSES);
    }

    @Test
    void de_tijd_komt_alleen_van_de_geinjecteerde_klok() {
        noClasses().that().resideOutsideOfPackage("..platform..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("the 24-hour rule and the visit list must be testable with a clock the test moves")
                .check(CLASSES);
    }

    @Test
    void entiteiten_zijn_nooit_het_api_model() {
        noClasses().that().resideInAPackage("..api..")
                .should().beAnnotatedWith(jakarta.persistence.Entity.class)
                .because("the API speaks in records made from entities, never in the entities themselves")
                .check(CLASSES);
    }

    @Test
    void er_is_iets_om_te_controleren() {
        org.assertj.core.api.Assertions.assertThat(CLASSES).isNotEmpty();
    }
}
