package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.Size;

public record BesluitVerzoek(@Size(max = 2000) String reden) {
}
