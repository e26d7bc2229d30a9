package nl.wsp.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON paths of the string values in a tree that hold a BSN, for a service that reads parts of a body itself
 * (matching's bulk push refuses one item, not the whole batch). Same rule as the body guard: {@link Bsn}.
 */
public final class BsnInJson {

    private BsnInJson() {
    }

    /** Paths below {@code prefix}, e.g. {@code kandidaten[3].naam.voornaam}; empty when the tree holds no BSN. */
    public static List<String> paden(JsonNode boom, String prefix) {
        List<String> paden = new ArrayList<>();
        zoek(boom, prefix, paden);
        return paden;
    }

    private static void zoek(JsonNode node, String pad, List<String> paden) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            if (Bsn.komtVoorIn(node.textValue())) {
                paden.add(pad);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                zoek(node.get(i), pad + "[" + i + "]", paden);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> veld = it.next();
                zoek(veld.getValue(), pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey(), paden);
            }
        }
    }
}
