package nl.wsp.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.wsp.testsupport.WspInfraResource;

/** The frame's own tests run as a Quarkus application of the frame alone, on the real PostgreSQL (platform_test) and Kafka. */
@QuarkusTestResource(value = WspInfraResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
public class TestInfrastructure {
}
