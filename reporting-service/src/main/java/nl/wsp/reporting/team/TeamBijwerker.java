package nl.wsp.reporting.team;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import static nl.wsp.reporting.team.Teamgebeurtenissen.*;

/**
 * The operational reports' facts (issue 17 item 4, docs/adr/0033): units and memberships from {@code wsp.account.teams},
 * vacancies collected, contact moments, contact requests and placements, one row per event, in the transaction of the
 * realisation consumer, which fires each event it sees for the first time (the inbox makes it once per event; a rebuild
 * replays it). Nothing is attributed to a unit here: {@link Teamcijfers} does that when the report is asked, by the
 * membership at the fact's moment, so the order of the topics in a replay changes no number. The writes are
 * {@link Werkfeiten}'.
 */
@ApplicationScoped
public class TeamBijwerker {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TeamBijwerker.class);
    private static final String TEAMS = "nl.werkgeversdienstverlening.teams.";

    private final Werkfeiten feiten;
    private final ObjectMapper json;

    TeamBijwerker(Werkfeiten feiten, ObjectMapper json) {
        this.feiten = feiten;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bijEvent(@Observes InboundEvent event) {
        try {
            verwerk(event);
        } catch (IllegalArgumentException e) {
            if (event.type().startsWith(TEAMS)) {
                throw e; // only this package reads the unit events: unreadable, so to the dead-letter topic
            }
            // another package's event (vacancies, contacts, requests, placements) that the realisation consumer counted:
            // a fact this report cannot place must not undo those counts; it is left out of the unit reports
            LOG.warnf("event %s (%s) left out of the unit reports: %s", event.id(), event.type(), e.getMessage());
        }
    }

    private void verwerk(InboundEvent event) {
        switch (event.type()) {
            case TEAM_INGERICHT, TEAM_GEWIJZIGD -> {
                TeamV1 e = event.data(json, TeamV1.class);
                feiten.team(uuid(e.teamId(), "teamId"), verplicht(e.regio(), "regio"), verplicht(e.naam(), "naam"));
            }
            case ADVISEUR_INGEDEELD -> {
                AdviseurIngedeeldV1 e = event.data(json, AdviseurIngedeeldV1.class);
                feiten.lidmaatschap(uuid(e.adviseurId(), "adviseurId"), moment(e.ingedeeldOp(), "ingedeeldOp"),
                        uuid(e.teamId(), "teamId"), verplicht(e.regio(), "regio"));
            }
            case VACATURE_GEOPEND -> {
                VacatureGeopendV1 e = event.data(json, VacatureGeopendV1.class);
                feiten.vacature(uuid(e.vacatureId(), "vacatureId"), verplicht(e.regio(), "regio"),
                        uuid(e.accountmanagerId(), "accountmanagerId"), verplicht(e.accountmanagerPartner(), "accountmanagerPartner"),
                        moment(event.time(), "time"));
            }
            case CONTACTMOMENT_GEREGISTREERD -> {
                ContactmomentV1 e = event.data(json, ContactmomentV1.class);
                if (e.regio() == null || e.regio().isBlank()) {
                    return; // events from before the region was added: the region reports count them, no unit does
                }
                feiten.contactmoment(uuid(e.contactmomentId(), "contactmomentId"), e.regio(), uuid(e.werkgeverId(), "werkgeverId"),
                        uuid(e.adviseurId(), "adviseurId"), verplicht(e.soort(), "soort"), datum(e.datum(), "datum"),
                        Boolean.TRUE.equals(e.accountmanagerGenotificeerd()),
                        e.vervolgUiterlijk() == null ? null : datum(e.vervolgUiterlijk(), "vervolgUiterlijk"),
                        moment(event.time(), "time"));
            }
            case CONTACTVERZOEK_ONTVANGEN -> {
                ContactverzoekV1 e = event.data(json, ContactverzoekV1.class);
                feiten.contactverzoekOntvangen(uuid(e.contactverzoekId(), "contactverzoekId"), verplicht(e.regio(), "regio"),
                        e.toegewezenAan() == null ? null : uuid(e.toegewezenAan(), "toegewezenAan"), moment(e.ontvangenOp(), "ontvangenOp"));
            }
            case CONTACTVERZOEK_BEANTWOORD -> {
                ContactverzoekV1 e = event.data(json, ContactverzoekV1.class);
                feiten.contactverzoekBeantwoord(uuid(e.contactverzoekId(), "contactverzoekId"), Boolean.TRUE.equals(e.binnenTermijn()));
            }
            case CONTACTVERZOEK_TERMIJN_VERSTREKEN -> {
                ContactverzoekV1 e = event.data(json, ContactverzoekV1.class);
                feiten.contactverzoekVerstreken(uuid(e.contactverzoekId(), "contactverzoekId"),
                        e.toegewezenAan() == null ? null : uuid(e.toegewezenAan(), "toegewezenAan"));
            }
            case PLAATSING_GEREALISEERD -> {
                PlaatsingV1 e = event.data(json, PlaatsingV1.class);
                feiten.plaatsing(uuid(e.plaatsingId(), "plaatsingId"), uuid(e.vacatureId(), "vacatureId"),
                        verplicht(e.regio(), "regio"), verplicht(e.partner(), "partner"), datum(e.startdatum(), "startdatum"));
            }
            default -> {
            }
        }
    }

    private static String verplicht(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("field " + veld + " is missing");
        }
        return waarde;
    }

    private static UUID uuid(String waarde, String veld) {
        try {
            return UUID.fromString(verplicht(waarde, veld));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + veld + " is not a UUID: " + waarde);
        }
    }

    private static LocalDate datum(String waarde, String veld) {
        try {
            return LocalDate.parse(verplicht(waarde, veld));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + veld + " is not a date: " + waarde);
        }
    }

    private static Instant moment(String waarde, String veld) {
        try {
            return Instant.parse(verplicht(waarde, veld));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + veld + " is not an instant: " + waarde);
        }
    }
}
