package nl.wsp.vacancy.privacy;

/**
 * The names vacancy-service uses in the frame's processing log (docs/adr/0016-verwerkingslogboek.md): the kinds of data
 * subject it holds personal data of — the same two kinds account-service logs, so an inzage across the services finds
 * a person under one kind — and the key of its register of processing activities
 * ({@code wsp.privacy.activiteiten.<key>} in application.properties).
 */
public final class Verwerkingen {

    /** An adviser or account manager of a partner: named on every vacancy they manage and in its status history. */
    public static final String ADVISEUR = "adviseur";
    /** The natural persons of an employer, filed under the employer's id (a sole proprietorship is its owner). */
    public static final String WERKGEVER = "werkgever";

    public static final String VACATURES = "vacatures";

    private Verwerkingen() {
    }
}
