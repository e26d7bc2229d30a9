package nl.wsp.vacancy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.wsp.testsupport.WspInfraResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL (database vacancy_test) and Kafka. */
@QuarkusTestResource(value = WspInfraResource.class, initArgs = @ResourceArg(name = "database", value = "vacancy_test"))
public class TestInfrastructure {
}
