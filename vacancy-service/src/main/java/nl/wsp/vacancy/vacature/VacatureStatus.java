package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;

/** open (own caseload) → breed-uitgezet → vervuld / ingetrokken / verlopen; open may also close directly. */
public enum VacatureStatus {
    @JsonProperty("open") OPEN("open"),
    @JsonProperty("breed-uitgezet") BREED_UITGEZET("breed-uitgezet"),
    @JsonProperty("vervuld") VERVULD("vervuld"),
    @JsonProperty("ingetrokken") INGETROKKEN("ingetrokken"),
    @JsonProperty("verlopen") VERLOPEN("verlopen");

    public final String code;

    VacatureStatus(String code) {
        this.code = code;
    }

    public boolean actief() {
        return this == OPEN || this == BREED_UITGEZET;
    }

    public static VacatureStatus van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekende status " + code));
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<VacatureStatus, String> {
        @Override
        public String convertToDatabaseColumn(VacatureStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public VacatureStatus convertToEntityAttribute(String code) {
            return code == null ? null : van(code);
        }
    }
}
