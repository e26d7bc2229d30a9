package nl.wsp.vacancy;

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
            .importPackages("nl.wsp.vacancy");

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
    void er_is_iets_om_te_controleren() {
        org.assertj.core.api.Assertions.assertThat(CLASSES).isNotEmpty();
    }
}
