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
        List<String> paden = new ArrayList<>(0);
        zoek(boom, new StringBuilder(prefix), paden);
        return paden;
    }

    /** Depth first; the path is one builder grown and cut back, made into a string only where a BSN is found. */
    private static void zoek(JsonNode node, StringBuilder pad, List<String> paden) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            if (Bsn.komtVoorIn(node.textValue())) {
                paden.add(pad.toString());
            }
        } else if (node.isArray()) {
            int lengte = pad.length();
            for (int i = 0; i < node.size(); i++) {
                zoek(node.get(i), pad.append('[').append(i).append(']'), paden);
                pad.setLength(lengte);
            }
        } else if (node.isObject()) {
            int lengte = pad.length();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> veld = it.next();
                if (lengte > 0) {
                    pad.append('.');
                }
                zoek(veld.getValue(), pad.append(veld.getKey()), paden);
                pad.setLength(lengte);
            }
        }
    }
}
