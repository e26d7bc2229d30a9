package nl.wsp.platform.cloudevents;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CloudEvents conventions of the NL GOV profile for CloudEvents, as this platform applies them
 * (docs/adr/0014-cloudevents-nl-gov-profile.md, docs/events.md): what {@code source}, {@code type} and
 * {@code dataschema} look like, and the Kafka header every record carries.
 */
public final class CloudEvents {

    /** The Kafka header {@code content-type} of every record: structured JSON mode, UTF-8 (what the relay sends). */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /**
     * Every event type starts with the reverse-DNS name of the domain, not of an organisation: the profile says names
     * of organisations SHOULD NOT be used, because they are not time invariant.
     */
    public static final String TYPE_PREFIX = "nl.werkgeversdienstverlening.";

    /** The prefix of the types before ADR 0014, which carried the organisation name. */
    public static final String VORIGE_TYPE_PREFIX = "nl.wsp.";

    private static final Pattern OIN = Pattern.compile("[0-9]{20}");

    /** Singular aggregate of a former type to the plural domain designation of the new one (the profile: plural). */
    private static final Map<String, String> MEERVOUD = Map.ofEntries(
            Map.entry("partner", "partners"),
            Map.entry("adviseur", "adviseurs"),
            Map.entry("werkgever", "werkgevers"),
            Map.entry("contactverzoek", "contactverzoeken"),
            Map.entry("nps", "nps"),
            Map.entry("vacature", "vacatures"),
            Map.entry("kandidaat", "kandidaten"),
            Map.entry("voordracht", "voordrachten"),
            Map.entry("plaatsing", "plaatsingen"),
            Map.entry("instrument", "instrumenten"),
            Map.entry("doelstelling", "doelstellingen"));

    private CloudEvents() {
    }

    /**
     * The {@code source} of every event a service publishes: {@code urn:nld:oin:<OIN>:systeem:<service>}, the
     * organisation that runs the platform by its OIN, then the system (the profile's first example).
     *
     * @throws IllegalArgumentException when the OIN is not 20 digits
     */
    public static String source(String oin, String service) {
        if (oin == null || !OIN.matcher(oin).matches()) {
            throw new IllegalArgumentException("wsp.platform.cloudevents.oin must be an OIN of 20 digits, not " + oin);
        }
        return "urn:nld:oin:" + oin + ":systeem:" + service;
    }

    /**
     * The {@code dataschema}: the message of this type in the producer's AsyncAPI document, whose components name every
     * message by its type. The document says what the random {@code id} is (the profile asks for it there).
     */
    public static String dataschema(String basis, String service, String type) {
        String b = basis.endsWith("/") ? basis : basis + "/";
        return b + service + ".yaml#/components/messages/" + type;
    }

    /**
     * The current name of an event type: a type of the former form ({@code nl.wsp.vacature.geopend.v1}) is given its
     * new name ({@code nl.werkgeversdienstverlening.vacatures.geopend.v1}); any other type is returned as it is.
     * Consumers read every type through this, so events published before ADR 0014 that still sit on a topic (a
     * rebuild replays topics from offset 0) are understood for as long as the topics retain them.
     */
    public static String huidigType(String type) {
        if (type == null || !type.startsWith(VORIGE_TYPE_PREFIX)) {
            return type;
        }
        String rest = type.substring(VORIGE_TYPE_PREFIX.length());
        int punt = rest.indexOf('.');
        if (punt < 0) {
            return type;
        }
        String meervoud = MEERVOUD.get(rest.substring(0, punt));
        return meervoud == null ? type : TYPE_PREFIX + meervoud + rest.substring(punt);
    }
}
