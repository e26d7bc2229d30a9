package nl.wsp.vacancy.vacature.api;

import nl.wsp.vacancy.vacature.VacatureStatus;

/** An aggregate for dashboards: how many vacancies of a region stand in a status. */
public record StatusAantal(String regio, VacatureStatus status, long aantal) {
}
