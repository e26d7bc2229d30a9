package nl.wsp.account.nps.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.nps.Nps;

import java.util.List;
import java.util.UUID;

/** NPS of a round: overall, per partner and per account manager (of the account manager at the time of answering). */
public record NpsUitslag(@Schema(examples = "2026-2") String meetronde, @Schema(examples = "Amersfoort") @Nullable String regio, @Nullable Nps totaal, List<PerPartner> perPartner,
                         List<PerAccountmanager> perAccountmanager) {

    public record PerPartner(@Schema(examples = "uwv-amersfoort") String partner, @Nullable Nps nps) {
    }

    public record PerAccountmanager(@Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId, @Nullable Nps nps) {
    }
}
