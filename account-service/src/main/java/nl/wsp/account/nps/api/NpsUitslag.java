package nl.wsp.account.nps.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;

import nl.wsp.account.nps.Nps;

import java.util.List;
import java.util.UUID;

/** NPS of a round: overall, per partner and per account manager (of the account manager at the time of answering). */
public record NpsUitslag(String meetronde, String regio, Nps totaal, List<PerPartner> perPartner,
                         List<PerAccountmanager> perAccountmanager) {

    public record PerPartner(String partner, Nps nps) {
    }

    public record PerAccountmanager(@Betrokkene(soort = Verwerkingen.ADVISEUR) UUID accountmanagerId, Nps nps) {
    }
}
