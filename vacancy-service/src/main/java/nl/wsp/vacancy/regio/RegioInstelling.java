package nl.wsp.vacancy.regio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A region's own settings in vacancy-service: for now its own-caseload window. Absent (or without a window) the region
 * has the configured default. {@code versie} is what the ETag shows; every change raises it by one.
 */
@Entity
@Table(name = "regio_instelling")
public class RegioInstelling {

    @Id
    private String regio;

    @Column(name = "eigen_bestand_termijn_seconden")
    private Long eigenBestandTermijnSeconden;

    @Column(nullable = false)
    private long versie;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;

    protected RegioInstelling() {
    }

    Optional<Duration> eigenBestandTermijn() {
        return Optional.ofNullable(eigenBestandTermijnSeconden).map(Duration::ofSeconds);
    }

    long versie() {
        return versie;
    }

    Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    /** Sets the window; returns whether it changed (an unchanged value raises no version and records nothing). */
    boolean stelEigenBestandTermijnIn(Duration termijn, String door, Instant nu) {
        if (eigenBestandTermijnSeconden != null && eigenBestandTermijnSeconden == termijn.getSeconds()) {
            return false;
        }
        eigenBestandTermijnSeconden = termijn.getSeconds();
        versie++;
        gewijzigdOp = nu;
        gewijzigdDoor = door;
        return true;
    }
}
