package nl.wsp.account.werklijst.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.time.Instant;

@Schema(examples = "{\"gezienTot\": \"2026-11-30T09:15:00Z\"}")
public record GezienWeergave(@Nullable Instant gezienTot) {
}
