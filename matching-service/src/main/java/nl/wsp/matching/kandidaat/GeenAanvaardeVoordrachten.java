package nl.wsp.matching.kandidaat;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** No proposals yet: nobody but the owning partner sees a candidate's name. Replaced by the proposals module. */
@DefaultBean
@ApplicationScoped
public class GeenAanvaardeVoordrachten implements AanvaardeVoordrachten {

    @Override
    public boolean isUitgenodigdOfAangenomen(UUID kandidaatId, String partner) {
        return false;
    }
}
