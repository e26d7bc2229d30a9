package nl.wsp.vacancy.vacature.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.vacancy.vacature.VacatureStatus;

/** An aggregate for dashboards: how many vacancies of a region stand in a status. */
public record StatusAantal(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "open") VacatureStatus status, @Schema(examples = "14") long aantal) {
}
