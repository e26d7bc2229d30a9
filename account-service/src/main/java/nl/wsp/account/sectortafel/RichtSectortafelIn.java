package nl.wsp.account.sectortafel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Use case: set up or change a sector desk of a region. A sector belongs to at most one desk per region. */
@ApplicationScoped
public class RichtSectortafelIn {

    private final SectortafelRepository tafels;
    private final AdviseurRepository adviseurs;

    RichtSectortafelIn(SectortafelRepository tafels, AdviseurRepository adviseurs) {
        this.tafels = tafels;
        this.adviseurs = adviseurs;
    }

    @Transactional
    public Sectortafel richtIn(String regio, String naam, Set<String> sectoren, UUID contactAdviseurId, String contactTelefoon) {
        if (!Arbeidsmarktregios.regios().contains(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        controleer(regio, null, sectoren, contactAdviseurId);
        if (tafels.count("regio = ?1 and naam = ?2", regio, naam) > 0) {
            throw ApiProblem.conflict("sectortafel-bestaat", "Regio " + regio + " heeft al een sectortafel " + naam, Map.of());
        }
        Sectortafel tafel = Sectortafel.richtIn(regio, naam, sectoren, contactAdviseurId, contactTelefoon);
        tafels.persist(tafel);
        return tafel;
    }

    @Transactional
    public Sectortafel wijzig(UUID id, String naam, Set<String> sectoren, UUID contactAdviseurId, String contactTelefoon) {
        Sectortafel tafel = tafels.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Sectortafel " + id));
        controleer(tafel.regio(), id, sectoren, contactAdviseurId);
        tafel.wijzig(naam, sectoren, contactAdviseurId, contactTelefoon);
        return tafel;
    }

    private void controleer(String regio, UUID zelf, Set<String> sectoren, UUID contactAdviseurId) {
        Adviseur contact = adviseurs.bestaand(contactAdviseurId, "contactAdviseurId");
        if (!contact.regio().equals(regio)) {
            throw ApiProblem.invalid("contactAdviseurId", "de adviseur werkt in een andere regio");
        }
        for (String sector : sectoren) {
            tafels.voor(regio, sector).filter(t -> !t.id().equals(zelf)).ifPresent(t -> {
                throw ApiProblem.invalid("sectoren", "sector " + sector + " hoort al bij sectortafel " + t.naam());
            });
        }
    }
}
