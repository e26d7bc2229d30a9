package nl.wsp.account.werklijst.api;

import java.time.Instant;

public record GezienWeergave(Instant gezienTot) {
}
