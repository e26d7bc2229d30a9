package nl.wsp.reporting.banenafspraak.api;

import java.util.List;

/** The baselines of a region, per sector. */
public record NulmetingenLijst(List<NulmetingGegevens> nulmetingen) {
}
