package nl.wsp.vacancy.vacature.api;

import nl.wsp.vacancy.vacature.VacatureOvergang;
import nl.wsp.vacancy.vacature.VacatureStatus;

import java.time.Instant;

/** One status transition: who, when, why. */
public record OvergangWeergave(VacatureStatus van, VacatureStatus naar, String door, Instant op, String reden) {

    public static OvergangWeergave van(VacatureOvergang o) {
        return new OvergangWeergave(o.van, o.naar, o.door, o.op, o.reden);
    }
}
