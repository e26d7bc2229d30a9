package nl.wsp.account.accountplan.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A key account of mine whose account plan is past its review date. */
public record TeHerzienAccountplan(@Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                                   @Schema(examples = "Logistiek Centrum Eemland BV") String werkgeverNaam,
                                   @Schema(examples = "2026-11-30") LocalDate herzieningsdatum) {
}
