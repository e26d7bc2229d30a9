package nl.wsp.account.team;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.teams.adviseur-ingedeeld.v1} on {@code wsp.account.teams}, keyed by the
 * unit it joins: from {@code ingedeeldOp} the adviser works in unit {@code teamId} ({@code vorigTeamId}: the unit it
 * left, absent when it had none). A consumer that counts per unit keeps these as a history per adviser, ordered by
 * {@code ingedeeldOp}, so the order in which it reads the events of different units does not matter (docs/adr/0033).
 */
public record AdviseurIngedeeld(UUID teamId, UUID adviseurId, String partner, String regio, UUID vorigTeamId, Instant ingedeeldOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.teams.adviseur-ingedeeld.v1";
}
