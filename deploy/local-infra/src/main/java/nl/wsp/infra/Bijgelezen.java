package nl.wsp.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code wait-consumers --kafka HOST:PORT --groups a,b --timeout-s N}: waits until the named consumer groups have read
 * their topics to the end (committed offset = end offset on every partition they hold), so that a run stops the
 * services only once nothing is in flight. Under {@code ./wsp test} the broker still holds the test suite's events, which
 * the end-to-end services' consumers read from the start; stopping them in the middle of that backlog stopped a
 * consumer whose record was still being handled (docs/reliability.md, "Clean logs"). It never fails a run: after the
 * timeout it says which groups still lag and returns.
 */
final class Bijgelezen {

    private Bijgelezen() {
    }

    static void run(String[] args) throws Exception {
        String bootstrap = null;
        List<String> groepen = List.of();
        long timeoutS = 90;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--kafka" -> bootstrap = args[i + 1];
                case "--groups" -> groepen = List.of(args[i + 1].split(","));
                case "--timeout-s" -> timeoutS = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (bootstrap == null || groepen.isEmpty()) {
            throw new IllegalArgumentException("usage: wait-consumers --kafka HOST:PORT --groups a,b [--timeout-s N]");
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        try (Admin admin = Admin.create(props)) {
            Map<String, Long> achterstand = achterstand(admin, groepen);
            while (achterstand.values().stream().anyMatch(n -> n > 0) && System.nanoTime() < tot) {
                Thread.sleep(500);
                achterstand = achterstand(admin, groepen);
            }
            if (achterstand.values().stream().anyMatch(n -> n > 0)) {
                System.out.println("consumers still behind after " + timeoutS + " s (records per group): " + achterstand);
            }
        }
    }

    /** Per group, the records between its committed offsets and the ends of the partitions it has committed on. */
    private static Map<String, Long> achterstand(Admin admin, List<String> groepen) throws Exception {
        Map<String, Long> perGroep = new HashMap<>();
        for (String groep : groepen) {
            Map<TopicPartition, OffsetAndMetadata> gelezen = admin.listConsumerGroupOffsets(groep)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> vraag = new HashMap<>();
            gelezen.keySet().forEach(p -> vraag.put(p, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> eind = vraag.isEmpty() ? Map.of()
                    : admin.listOffsets(vraag).all().get(30, TimeUnit.SECONDS);
            long som = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : gelezen.entrySet()) {
                if (e.getValue() != null && eind.containsKey(e.getKey())) {
                    som += Math.max(0, eind.get(e.getKey()).offset() - e.getValue().offset());
                }
            }
            perGroep.put(groep, som);
        }
        return perGroep;
    }
}
