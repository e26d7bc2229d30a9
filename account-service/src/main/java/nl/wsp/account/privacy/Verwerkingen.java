package nl.wsp.account.privacy;

/**
 * The names account-service uses in the frame's processing log (docs/adr/0016-verwerkingslogboek.md, "account-service"):
 * the kinds of data subject it holds personal data of, and the keys of its register of processing activities
 * ({@code wsp.privacy.activiteiten.<key>} in application.properties).
 */
public final class Verwerkingen {

    /** An adviser or account manager of a partner: name, user name, desk phone, work list, contacts recorded. */
    public static final String ADVISEUR = "adviseur";
    /**
     * The natural persons of an employer, filed under the employer's id: the owner of a sole proprietorship (its name
     * and KvK number are theirs), and the contact persons that contact moments, contact requests and NPS remarks
     * speak of in free text (the service keeps no separate record of them).
     */
    public static final String WERKGEVER = "werkgever";

    public static final String ADVISEURS = "adviseurs";
    public static final String ACCOUNTMANAGEMENT = "accountmanagement";
    public static final String CONTACTVERZOEKEN = "contactverzoeken";
    public static final String KLANTTEVREDENHEID = "klanttevredenheid";
    public static final String BEREIKBAARHEID = "bereikbaarheid";
    public static final String WERKLIJST = "werklijst";
    /** Employer events and which employers came (issue 17, item 2; docs/adr/0031). */
    public static final String EVENEMENTEN = "evenementen";
    /** The retention job's own processing: emptying free text whose period has passed (docs/bewaartermijnen.md). */
    public static final String BEWAARTERMIJN = "bewaartermijn";

    private Verwerkingen() {
    }
}
