package nl.wsp.matching.instrument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The partners' instrument catalogues. */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, UUID> {

    /** The whole catalogue, or one partner's (null: all); the caller pages and sorts. */
    List<Instrument> catalogus(String partner) {
        return partner == null ? listAll() : list("partner", partner);
    }
}
