package nl.wsp.account.adviseur;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.account.beller.Bekenden;
import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerRepository;

import java.util.Optional;
import java.util.UUID;

/** The partners and advisers {@link nl.wsp.account.beller.Beller} checks a token against, from their repositories. */
@ApplicationScoped
class BekendeAdviseurs implements Bekenden {

    private final PartnerRepository partners;
    private final AdviseurRepository adviseurs;

    BekendeAdviseurs(PartnerRepository partners, AdviseurRepository adviseurs) {
        this.partners = partners;
        this.adviseurs = adviseurs;
    }

    @Override
    public Optional<ActievePartner> actievePartner(String partnerCode) {
        return partners.findByCode(partnerCode).filter(Partner::actief).map(p -> new ActievePartner(p.regio(), p.soort().beperkt()));
    }

    @Override
    public boolean isAdviseurVan(UUID adviseurId, String partnerCode, String regio) {
        return adviseurs.findByIdOptional(adviseurId)
                .filter(a -> a.partnerCode().equals(partnerCode) && a.regio().equals(regio))
                .isPresent();
    }
}
