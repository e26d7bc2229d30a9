package nl.wsp.vacancy.vacature.api;

import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.vacancy.privacy.Verwerkingen;

import jakarta.annotation.Nullable;

import nl.wsp.vacancy.vacature.VacatureOvergang;
import nl.wsp.vacancy.vacature.VacatureStatus;

import java.time.Instant;

/** One status transition: who, when, why. */
public record OvergangWeergave(@Nullable VacatureStatus van, VacatureStatus naar, @Nullable @Betrokkene(soort = Verwerkingen.ADVISEUR) String door, Instant op, @Nullable String reden) {

    public static OvergangWeergave van(VacatureOvergang o) {
        return new OvergangWeergave(o.van(), o.naar(), o.door(), o.op(), o.reden());
    }
}
