package nl.wsp.account.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1}: the municipalities a partner executes Werk
 * &amp; Inkomen for changed ({@code uitvoerendVoor}, names of the reference data, sorted; empty: it acts for itself only).
 * ADR 0041.
 */
public record PartnerUitvoeringGewijzigd(UUID partnerId, String code, String regio, List<String> uitvoerendVoor,
                                         Instant gewijzigdOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1";
    public static final String TOPIC = PartnerGeregistreerd.TOPIC;
}
