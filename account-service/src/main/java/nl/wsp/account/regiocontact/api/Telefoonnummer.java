package nl.wsp.account.regiocontact.api;

/**
 * A Dutch phone number as the source documents write them (004: "06-46032486"): 10 digits starting with 0, or +31 and
 * 9 digits, with at most one space or hyphen between groups. The business number of an adviser, never a citizen's.
 */
public final class Telefoonnummer {

    public static final String PATROON = "(0|\\+31[ -]?)[1-9]([ -]?[0-9]){8}";
    public static final String UITLEG = "een Nederlands telefoonnummer, bijvoorbeeld 06-46032486 of +31 33 4677777";

    private Telefoonnummer() {
    }
}
