package nl.wsp.account.nps.api;

import jakarta.annotation.Nullable;

import nl.wsp.account.nps.Nps;

import java.util.List;
import java.util.UUID;

/** NPS of a round: overall, per partner and per account manager (of the account manager at the time of answering). */
public record NpsUitslag(String meetronde, String regio, @Nullable Nps totaal, List<PerPartner> perPartner,
                         List<PerAccountmanager> perAccountmanager) {

    public record PerPartner(String partner, @Nullable Nps nps) {
    }

    public record PerAccountmanager(UUID accountmanagerId, @Nullable Nps nps) {
    }
}
