package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a pushed item exactly as it was sent (its JSON bytes, field order and spacing included), under the
 * version of the intake's rules. When a partner pushes an item whose hash equals the one stored with its available candidate, the item is
 * the one that passed every check before: it is answered {@code ongewijzigd} without being read, checked or
 * projected again (issue 19: a re-push of unchanged candidates). An item that differs in anything, even the order
 * of its fields or its spacing, takes the full path; if what it stores is the same, only the stored hash moves to the new form.
 * <p>
 * {@link #VERSIE} is part of the hash: {@link #REGELVERSIE}, to be raised when a check or the stored form of a
 * candidate changes (a new rule, a normalisation), and the hash of the municipalities file a residence is checked
 * against, so that a new file (a merger of municipalities) has every candidate checked again on its next push.
 * ESCO is left out: its import only adds labels, and the stored profile holds the URIs they were resolved to.
 */
public final class Aanleverhash {

    /** The version of the intake's checks and stored form; see the class comment for when to raise it. */
    static final String REGELVERSIE = "2026-12-03";

    /** What an item's hash is taken under: the rule version and the municipalities file. */
    static final String VERSIE = REGELVERSIE + "/" + Referentiedata.sha256(Referentiedata.BESTAND);
    private static final byte[] VERSIE_BYTES = VERSIE.getBytes(StandardCharsets.UTF_8);

    private Aanleverhash() {
    }

    /**
     * The hash of an item's bytes as sent, {@code bron[van, tot)}: what {@link BulkVerzoekLezer} takes while it reads
     * the body. For an item sent compactly, as clients serialise, it equals {@link #van(List)}.
     */
    static String van(MessageDigest sha, byte[] bron, int van, int tot) {
        sha.reset();
        sha.update(VERSIE_BYTES);
        sha.update((byte) 0x1f);
        sha.update(bron, van, tot - van);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The hash of each item written out compactly, {@code null} where an item is no object (it is refused whatever is
     * stored): for a body that was not read by {@link BulkVerzoekLezer}.
     */
    public static String[] van(List<JsonNode> items) {
        String[] hashes = new String[items.size()];
        MessageDigest sha = sha256();
        for (int i = 0; i < hashes.length; i++) {
            JsonNode item = items.get(i);
            hashes[i] = item == null || !item.isObject() ? null : van(sha, VERSIE, item);
        }
        return hashes;
    }

    static String van(MessageDigest sha, String versie, JsonNode item) {
        sha.reset();
        sha.update(versie.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
        sha.update(item.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256", e);
        }
    }
}
