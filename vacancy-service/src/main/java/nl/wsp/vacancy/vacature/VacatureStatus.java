package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/** open (own caseload) → breed-uitgezet → vervuld / ingetrokken / verlopen; open may also close directly. */
public enum VacatureStatus implements MetCode {
    @JsonProperty("open") OPEN,
    @JsonProperty("breed-uitgezet") BREED_UITGEZET,
    @JsonProperty("vervuld") VERVULD,
    @JsonProperty("ingetrokken") INGETROKKEN,
    @JsonProperty("verlopen") VERLOPEN;

    public boolean actief() {
        return this == OPEN || this == BREED_UITGEZET;
    }

    /** Every vacancy and transition column holds the code (docs/adr/0026, "Status values"). */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends Codeconverter<VacatureStatus> {
        public Converter() {
            super(VacatureStatus.class);
        }
    }
}
