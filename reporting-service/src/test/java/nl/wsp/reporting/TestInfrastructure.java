package nl.wsp.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.wsp.testsupport.WspInfraResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL (database reporting_test) and Kafka. */
@QuarkusTestResource(value = WspInfraResource.class, initArgs = @ResourceArg(name = "database", value = "reporting_test"))
public class TestInfrastructure {
}
