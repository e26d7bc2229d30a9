package nl.wsp.vacancy.vacature;

import java.time.Duration;

/**
 * The own-caseload window a vacancy of a region gets when it opens: the region's own setting (managed through
 * {@code /api/v1/regio-instellingen}), else the configured default. A port, so that opening a vacancy depends on no
 * other package; the window is fixed in the vacancy's row at that moment, so a later change never moves it.
 */
public interface EigenBestandTermijnen {

    Duration voor(String regio);
}
