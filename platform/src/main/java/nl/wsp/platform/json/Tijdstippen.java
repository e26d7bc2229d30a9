package nl.wsp.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One precision for every moment the API and the events write: microseconds, what PostgreSQL stores
 * ({@code timestamptz}). Without it a create answered with the clock's nanoseconds and the later read of the same
 * resource with the database's microseconds, so a client comparing the two saw a change that was none. An instant
 * is written as an ISO-8601 UTC instant ({@code 2026-12-01T18:50:41.123456Z}, fewer digits when they are zeros).
 */
@Singleton
public class Tijdstippen implements ObjectMapperCustomizer {

    /** The precision of every written moment. */
    public static final ChronoUnit PRECISIE = ChronoUnit.MICROS;

    /**
     * {@code moment} to the nearest microsecond, as the PostgreSQL JDBC driver rounds what it stores (truncating
     * instead would answer ….123456 on a create and ….123457 on the later read of a clock at ….123456789).
     */
    public static Instant afgerond(Instant moment) {
        return moment.plusNanos(500).truncatedTo(PRECISIE);
    }

    @Override
    public int priority() {
        // after Quarkus' own JavaTimeModule, so these serializers replace its defaults
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("wsp-tijdstippen")
                .addSerializer(Instant.class, new InstantInMicroseconden())
                .addSerializer(OffsetDateTime.class, new OffsetDateTimeInMicroseconden()));
    }

    static final class InstantInMicroseconden extends StdSerializer<Instant> {
        InstantInMicroseconden() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_INSTANT.format(afgerond(value)));
        }
    }

    static final class OffsetDateTimeInMicroseconden extends StdSerializer<OffsetDateTime> {
        OffsetDateTimeInMicroseconden() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.plusNanos(500).truncatedTo(PRECISIE)));
        }
    }
}
