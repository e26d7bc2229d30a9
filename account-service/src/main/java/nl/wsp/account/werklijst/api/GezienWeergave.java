package nl.wsp.account.werklijst.api;

import jakarta.annotation.Nullable;

import java.time.Instant;

public record GezienWeergave(@Nullable Instant gezienTot) {
}
