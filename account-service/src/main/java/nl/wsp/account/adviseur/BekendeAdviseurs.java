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
    public Optional<String> regioVanActievePartner(String partnerCode) {
        return partners.findByCode(partnerCode).filter(Partner::actief).map(Partner::regio);
    }

    @Override
    public boolean isBeperktePartner(String partnerCode) {
        return partners.findByCode(partnerCode).map(p -> p.soort().beperkt()).orElse(false);
    }

    @Override
    public boolean isAdviseurVan(UUID adviseurId, String partnerCode, String regio) {
        return adviseurs.findByIdOptional(adviseurId)
                .filter(a -> a.partnerCode().equals(partnerCode) && a.regio().equals(regio))
                .isPresent();
    }
}
