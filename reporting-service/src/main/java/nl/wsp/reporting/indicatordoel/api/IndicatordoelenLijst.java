package nl.wsp.reporting.indicatordoel.api;

import java.util.List;

public record IndicatordoelenLijst(List<IndicatordoelGegevens> resultaten) {
}
