package nl.wsp.reporting.realisatie.api;

public record Kolom(String code, String naam) {
}
