package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
public record Kolom(@Schema(examples = "bijstand") String code, @Schema(examples = "Bijstand") String naam) {
}
