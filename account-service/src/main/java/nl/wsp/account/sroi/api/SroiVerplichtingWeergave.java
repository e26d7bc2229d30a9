package nl.wsp.account.sroi.api;

import nl.wsp.account.sroi.SroiStatus;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.sroi.SroiVerplichting;
import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A social return obligation of an employer (the employer is the subject in the processing log: a sole proprietorship is its owner). */
public record SroiVerplichtingWeergave(
        @Schema(examples = "6a2c9e1f-4b7d-4e3a-9c8b-1d0f2e3a4b57") UUID id,
        @Schema(examples = "3f2b8c1e-7d4a-4e9b-a6c5-1b0d9e8f7a62") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
        @Schema(examples = "Amersfoort") String regio,
        @Schema(examples = "Onderhoud openbare ruimte 2025-2027") String aanbesteding,
        @Schema(examples = "gemeente-amersfoort") String opdrachtgever,
        @Schema(examples = "90000.00") BigDecimal bedrag,
        @Schema(examples = "2025-01-01") LocalDate periodeVan,
        @Schema(examples = "2027-12-31") LocalDate periodeTot,
        @Schema(examples = "lopend") SroiStatus status,
        @Schema(examples = "2026-12-03T09:15:00Z") Instant vastgelegdOp,
        @Schema(examples = "2026-12-03T09:15:00Z") Instant gewijzigdOp) {

    public static SroiVerplichtingWeergave van(SroiVerplichting v) {
        return new SroiVerplichtingWeergave(v.id(), v.werkgeverId(), v.regio(), v.aanbesteding(), v.opdrachtgever(), v.bedrag(),
                v.periodeVan(), v.periodeTot(), v.status(), v.vastgelegdOp(), v.gewijzigdOp());
    }
}
