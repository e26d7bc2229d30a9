package nl.wsp.matching.kandidaat;

import nl.wsp.platform.logboek.Verwerkingslogboek;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.api.BulkAntwoord;
import nl.wsp.matching.kandidaat.api.ItemResultaat;
import nl.wsp.platform.privacy.Bsn;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import nl.wsp.platform.problem.Problems;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A partner system pushes up to 1,000 candidates: each is created, updated, left unchanged (same profile hash)
 * or refused on its own; refused items store nothing and do not hold up the rest. An item sent exactly as its
 * available candidate was stored ({@link Aanleverhash}) is answered unchanged from the stored row, without being
 * checked or written again: a partner system that pushes its whole file every night pays for what changed.
 */
@ApplicationScoped
public class RegistreerKandidaten {

    public static final int MAXIMUM = 1000;

    private final KandidaatValidatie validatie;
    private final KandidaatRepository kandidaten;
    private final Verwerkingslogboek audit;
    private final Clock clock;

    RegistreerKandidaten(KandidaatValidatie validatie, KandidaatRepository kandidaten, Verwerkingslogboek audit, Clock clock) {
        this.validatie = validatie;
        this.kandidaten = kandidaten;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BulkAntwoord registreer(String partner, List<JsonNode> items, List<String> hashesAlsVerzonden) {
        if (items == null) {
            throw ApiProblem.invalid("kandidaten", "is verplicht");
        }
        if (items.size() > MAXIMUM) {
            throw ApiProblem.invalid("kandidaten", "hoogstens " + MAXIMUM + " kandidaten per verzoek; dit waren er " + items.size());
        }
        String[] aanleverhashes = hashesAlsVerzonden != null ? hashesAlsVerzonden.toArray(String[]::new) : Aanleverhash.van(items);
        String[] referenties = referenties(items);
        Map<String, KandidaatRepository.Ongewijzigd> bekend = kandidaten.ongewijzigd(partner, referenties, aanleverhashes);
        boolean[] ongewijzigd = new boolean[items.size()];
        for (int i = 0; i < ongewijzigd.length; i++) {
            KandidaatRepository.Ongewijzigd o = referenties[i] == null ? null : bekend.get(referenties[i]);
            ongewijzigd[i] = o != null && o.aanleverhash().equals(aanleverhashes[i]);
        }
        List<KandidaatValidatie.Uitkomst> uitkomsten = validatie.valideer(items, aanleverhashes, ongewijzigd);
        List<Aanlevering> geldig = uitkomsten.stream().filter(u -> u.aanlevering() != null)
                .map(KandidaatValidatie.Uitkomst::aanlevering).toList();
        Map<String, KandidaatRepository.Geschreven> geschreven = kandidaten.schrijf(partner, geldig, clock.instant(),
                audit.kolommen());
        audit.huidige().gelogd(geschreven.values().stream().map(KandidaatRepository.Geschreven::id).toList());
        audit.registreer(uitkomsten.stream().filter(KandidaatValidatie.Uitkomst::ongewijzigd)
                .map(u -> bekend.get(u.referentie()).id()).toList(), "ongewijzigd-aangeleverd");
        List<ItemResultaat> resultaten = new ArrayList<>(uitkomsten.size());
        int[] telling = new int[4];
        for (KandidaatValidatie.Uitkomst u : uitkomsten) {
            if (u.afgewezen()) {
                telling[3]++;
                resultaten.add(new ItemResultaat(u.index(), u.referentie(), "afgewezen", null, null, null,
                        new Problem(Problems.type("ongeldige-invoer"), "Ongeldige invoer", 400,
                                "Kandidaat " + u.index() + " is niet opgeslagen", null, u.fouten(), null)));
                continue;
            }
            if (u.ongewijzigd()) {
                KandidaatRepository.Ongewijzigd o = bekend.get(u.referentie());
                telling[2]++;
                resultaten.add(new ItemResultaat(u.index(), u.referentie(), "ongewijzigd", o.id(), o.volledigheid(),
                        o.ontbrekendeVelden(), null));
                continue;
            }
            Aanlevering a = u.aanlevering();
            KandidaatRepository.Geschreven g = geschreven.get(a.referentie());
            switch (g.resultaat()) {
                case "aangemaakt" -> telling[0]++;
                case "bijgewerkt" -> telling[1]++;
                default -> telling[2]++;
            }
            resultaten.add(new ItemResultaat(u.index(), a.referentie(), g.resultaat(), g.id(), a.volledigheid().score(),
                    a.volledigheid().ontbrekendeVelden(), null));
        }
        return new BulkAntwoord(telling[0], telling[1], telling[2], telling[3], resultaten);
    }

    /**
     * Each item's reference where it can name a stored candidate ({@code null} elsewhere): text, and no BSN, which no
     * stored reference is and which is not sent on, not even to the database.
     */
    private static String[] referenties(List<JsonNode> items) {
        String[] referenties = new String[items.size()];
        for (int i = 0; i < referenties.length; i++) {
            JsonNode item = items.get(i);
            JsonNode referentie = item == null ? null : item.get("referentie");
            if (referentie != null && referentie.isTextual() && !Bsn.komtVoorIn(referentie.textValue())) {
                referenties[i] = referentie.textValue();
            }
        }
        return referenties;
    }
}
