package nl.wsp.account.partner.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The municipalities a partner is the executing organisation of (ADR 0041); an empty list: it acts for itself only. */
public record UitvoeringVerzoek(
        @Schema(examples = "[\"Waalwijk\", \"Heusden\", \"Loon op Zand\"]",
                description = "Gemeenten van de regio van de partner, zoals de referentiedata ze spelt (GET /api/v1/regios/{regio} van reporting-service)")
        @NotNull @Size(max = 100) List<String> uitvoerendVoor) {
}
