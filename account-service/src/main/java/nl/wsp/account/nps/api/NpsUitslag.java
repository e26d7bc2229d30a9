package nl.wsp.account.nps.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import nl.wsp.account.nps.Nps;

import java.util.List;
import java.util.UUID;

/** NPS of a round: overall, per partner and per account manager (of the account manager at the time of answering). */
public record NpsUitslag(String meetronde, @Nullable String regio, @Nullable Nps totaal, List<PerPartner> perPartner,
                         List<PerAccountmanager> perAccountmanager) {

    public record PerPartner(String partner, @Nullable Nps nps) {
    }

    public record PerAccountmanager(@Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId, @Nullable Nps nps) {
    }
}
