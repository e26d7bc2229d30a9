package nl.wsp.account.regiocontact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class RegioContactpersoonRepository implements PanacheRepositoryBase<RegioContactpersoon, String> {

    /** The region's fallback contact person, if the region named one. */
    public Optional<RegioContactpersoon> van(String regio) {
        return findByIdOptional(regio);
    }
}
