package nl.wsp.reporting.doelstelling.api;

import java.util.List;

public record ImportResultaat(int aantal, List<DoelstellingGegevens> doelstellingen) {
}
