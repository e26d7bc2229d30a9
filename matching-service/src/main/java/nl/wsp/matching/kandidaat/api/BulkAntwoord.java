package nl.wsp.matching.kandidaat.api;

import java.util.List;

public record BulkAntwoord(int aangemaakt, int bijgewerkt, int ongewijzigd, int afgewezen, List<ItemResultaat> resultaten) {
}
