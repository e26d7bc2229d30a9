package nl.wsp.platform.regels;

import nl.wsp.platform.outbox.Uitgaandecontrole;
import nl.wsp.testsupport.Eventcontract;

/**
 * In every service's tests (this test-jar is on each one's test classpath, registered in
 * {@code META-INF/services}): the outbox checks each event against its AsyncAPI message before writing it, so an
 * event no test reads from Kafka is held to the contract too (docs/adr/0022). A breach fails the write, and so the
 * test that caused it.
 */
public class EventcontractBijHetSchrijven implements Uitgaandecontrole {

    @Override
    public void controleer(String topic, String event) {
        Eventcontract.vanRepository().controleer(topic, event);
    }
}
