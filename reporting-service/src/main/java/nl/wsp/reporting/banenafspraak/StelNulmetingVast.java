package nl.wsp.reporting.banenafspraak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sets the baseline of a region and sector (docs/adr/0045): creates it, or replaces date and count of the one there is.
 * Serialised per region and sector, so two first settings cannot both create one. Nothing is published: the baseline
 * stays in reporting, which counts the jobs against it.
 */
@ApplicationScoped
public class StelNulmetingVast {

    private final NulmetingRepository repository;
    private final Banenafspraaktellers slot;
    private final Clock clock;

    StelNulmetingVast(NulmetingRepository repository, Banenafspraaktellers slot, Clock clock) {
        this.repository = repository;
        this.slot = slot;
        this.clock = clock;
    }

    @Transactional
    public Nulmeting stelVast(String regio, String sector, LocalDate peildatum, int aantal) {
        slot.vergrendelNulmeting(regio, sector);
        var bestaand = repository.van(regio, sector);
        if (bestaand.isPresent()) {
            bestaand.get().stel(peildatum, aantal, clock.instant());
            return bestaand.get();
        }
        Nulmeting n = Nulmeting.van(regio, sector, peildatum, aantal, clock.instant());
        repository.persist(n);
        return n;
    }
}
