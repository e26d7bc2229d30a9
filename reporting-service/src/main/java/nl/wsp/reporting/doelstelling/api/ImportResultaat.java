package nl.wsp.reporting.doelstelling.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

public record ImportResultaat(@Schema(examples = "3") int aantal, List<DoelstellingGegevens> doelstellingen) {
}
