package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to a rebuild: it has started (it runs in the background) and replays these topic partitions from the beginning. */
public record HerbouwGestart(@Schema(enumeration = "gestart", examples = "gestart") String status,
                             @Schema(examples = "[\"wsp.account.contactverzoeken-0\", \"wsp.matching.plaatsingen-0\", \"wsp.vacancy.vacatures-0\"]") List<String> partities) {
}
