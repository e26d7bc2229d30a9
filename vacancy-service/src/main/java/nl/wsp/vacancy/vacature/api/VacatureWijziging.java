package nl.wsp.vacancy.vacature.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * One item of the vacancy change feed: the CloudEvent exactly as it went to Kafka (NL GOV CloudEvents profile).
 * {@code time} is kept as the text that was sent, so a client that compares it with the Kafka copy sees the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // extension attributes a later frame adds must not break the feed
@Schema(description = "Een wijziging van een vacature: het CloudEvent zoals het ook op Kafka staat")
public record VacatureWijziging(
        @Schema(required = true, example = "1.0") String specversion,
        @Schema(required = true, example = "3f1e7c52-8a4b-4d0e-9b6a-2c5d8e1f4a70", description = "Uniek per event: gebruik het om dubbele afleveringen te herkennen") String id,
        @Schema(required = true, example = "urn:nld:oin:00000000000000000000:systeem:vacancy-service") String source,
        @Schema(required = true, description = "Het soort wijziging, bijvoorbeeld nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1",
                example = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1") String type,
        @Schema(required = true, format = "date-time", example = "2026-11-23T09:15:00.123456Z", description = "Wanneer de wijziging vastgelegd werd (UTC)") String time,
        @Schema(required = true, example = "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e", description = "Het id van de vacature") String subject,
        @Schema(example = "application/json") String datacontenttype,
        @Schema(required = true, example = "{\"vacatureId\": \"8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e\", \"titel\": \"Magazijnmedewerker\", \"regio\": \"Amersfoort\"}",
                description = "De gegevens van de wijziging; per type beschreven in docs/asyncapi/vacancy-service.yaml")
        Map<String, Object> data) {
}
