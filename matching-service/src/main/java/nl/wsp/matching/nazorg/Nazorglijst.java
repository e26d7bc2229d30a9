package nl.wsp.matching.nazorg;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.platform.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A partner's check-ins by status, oldest due first: {@code open} are due today or earlier (by the service clock)
 * and not yet recorded, {@code gepland} are open but not yet due. Keyset pagination on (due date, id).
 */
@ApplicationScoped
public class Nazorglijst {

    /** Which check-ins to list, by their JSON (and query parameter) names. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NazorgmomentFilter")
    public enum Filter {
        @com.fasterxml.jackson.annotation.JsonProperty("open") OPEN,
        @com.fasterxml.jackson.annotation.JsonProperty("gepland") GEPLAND,
        @com.fasterxml.jackson.annotation.JsonProperty("geregistreerd") GEREGISTREERD,
        @com.fasterxml.jackson.annotation.JsonProperty("vervallen") VERVALLEN
    }

    public record Pagina(List<Nazorgmoment> momenten, String volgendeCursor) {
    }

    private final NazorgmomentRepository momenten;
    private final Clock clock;

    Nazorglijst(NazorgmomentRepository momenten, Clock clock) {
        this.momenten = momenten;
        this.clock = clock;
    }

    public Pagina van(String partner, Filter filter, String cursor, int limiet) {
        LocalDate vandaag = TimeSource.vandaag(clock);
        Sleutel na = leesCursor(cursor);
        StringBuilder jpql = new StringBuilder("from Nazorgmoment where partner = :partner and status = :status");
        Parameters parameters = Parameters.with("partner", partner).and("status", switch (filter) {
            case OPEN, GEPLAND -> Nazorgmoment.Status.OPEN;
            case GEREGISTREERD -> Nazorgmoment.Status.GEREGISTREERD;
            case VERVALLEN -> Nazorgmoment.Status.VERVALLEN;
        });
        switch (filter) {
            case OPEN -> jpql.append(" and geplandOp <= :vandaag");
            case GEPLAND -> jpql.append(" and geplandOp > :vandaag");
            default -> {
            }
        }
        if (filter == Filter.OPEN || filter == Filter.GEPLAND) {
            parameters.and("vandaag", vandaag);
        }
        if (na != null) {
            jpql.append(" and (geplandOp > :naDatum or (geplandOp = :naDatum and id > :naId))");
            parameters.and("naDatum", na.datum()).and("naId", na.id());
        }
        List<Nazorgmoment> rijen = momenten.find(jpql.append(" order by geplandOp, id").toString(), parameters)
                .range(0, limiet).list();
        if (rijen.size() <= limiet) {
            return new Pagina(rijen, null);
        }
        List<Nazorgmoment> pagina = rijen.subList(0, limiet);
        Nazorgmoment laatste = pagina.get(limiet - 1);
        return new Pagina(pagina, schrijfCursor(new Sleutel(laatste.geplandOp(), laatste.id())));
    }

    record Sleutel(LocalDate datum, UUID id) {
    }

    static String schrijfCursor(Sleutel s) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("n:" + s.datum() + "|" + s.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Sleutel leesCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith("n:") && s.indexOf('|') > 0) {
                return new Sleutel(LocalDate.parse(s.substring(2, s.indexOf('|'))), UUID.fromString(s.substring(s.indexOf('|') + 1)));
            }
        } catch (RuntimeException e) {
            // falls through to the refusal
        }
        throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
    }
}
