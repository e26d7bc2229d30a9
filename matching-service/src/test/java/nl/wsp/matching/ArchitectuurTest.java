package nl.wsp.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "nl.wsp.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    /** Entities, events and use cases know nothing of HTTP: only resources and the platform edge do. */
    @ArchTest
    static final ArchRule domein_kent_geen_rest = noClasses()
            .that().haveSimpleNameNotEndingWith("Resource")
            .and().resideOutsideOfPackage("..platform..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Events leave only through the outbox: no code sends to Kafka except the relay. */
    @ArchTest
    static final ArchRule alleen_de_relay_produceert = noClasses()
            .that().doNotHaveSimpleName("OutboxRelay")
            .should().dependOnClassesThat().haveSimpleName("KafkaProducer");
}
