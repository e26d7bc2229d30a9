package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only changes of the regional funds' balances. */
@ApplicationScoped
public class FondsmutatieRepository implements PanacheRepositoryBase<Fondsmutatie, Long> {
}
