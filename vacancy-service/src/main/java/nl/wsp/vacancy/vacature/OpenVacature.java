package nl.wsp.vacancy.vacature;

import nl.wsp.vacancy.evenement.EvenementRepository;
import nl.wsp.vacancy.sroi.SroiVerplichtingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.vacancy.werkgever.Werkgever;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Opens a vacancy for an employer we know from account-service, in the own-caseload window of its account manager's
 * partner. The window is the region's at this moment ({@link EigenBestandTermijnen}); its deadline is stored with the
 * vacancy, in the same transaction as the geopend event, so a later change of the region's window never moves it.
 */
@ApplicationScoped
public class OpenVacature {

    private final EntityManager em;
    private final VacatureRepository vacatures;
    private final Idempotentiesleutels sleutels;
    private final InhoudControle controle;
    private final VacatureToegang toegang;
    private final VacatureEvents events;
    private final EigenBestandTermijnen termijnen;
    private final Clock clock;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final EvenementRepository evenementen;
    private final SroiVerplichtingRepository sroiVerplichtingen;

    OpenVacature(EntityManager em, VacatureRepository vacatures, Idempotentiesleutels sleutels, InhoudControle controle,
                 VacatureToegang toegang, VacatureEvents events, EigenBestandTermijnen termijnen, Clock clock,
                 com.fasterxml.jackson.databind.ObjectMapper json, EvenementRepository evenementen,
                 SroiVerplichtingRepository sroiVerplichtingen) {
        this.json = json;
        this.evenementen = evenementen;
        this.sroiVerplichtingen = sroiVerplichtingen;
        this.em = em;
        this.vacatures = vacatures;
        this.sleutels = sleutels;
        this.controle = controle;
        this.toegang = toegang;
        this.events = events;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    @Transactional
    public Vacature open(UUID werkgeverId, VacatureInhoud inhoud) {
        return open(werkgeverId, inhoud, null);
    }

    /**
     * With an Idempotency-Key, a retry of the same request by the same caller answers the vacancy created first instead
     * of opening a second one; the same key with a different request is a conflict.
     */
    @Transactional
    public Vacature open(UUID werkgeverId, VacatureInhoud inhoud, String idempotentieSleutel) {
        UUID id = UUID.randomUUID();
        if (idempotentieSleutel != null) {
            String hash = verzoekHash(werkgeverId, inhoud);
            var eerder = sleutels.claim(toegang.wie(), idempotentieSleutel, hash, id, clock.instant());
            if (eerder.isPresent()) {
                if (!hash.equals(eerder.get().verzoekHash())) {
                    throw ApiProblem.conflict("idempotentie-sleutel-hergebruikt",
                            "Deze Idempotency-Key hoort bij een ander verzoek", Map.of("vacatureId", eerder.get().vacatureId().toString()));
                }
                return vacatures.findById(eerder.get().vacatureId());
            }
        }
        controle.controleer(inhoud);
        Werkgever werkgever = em.find(Werkgever.class, werkgeverId);
        if (werkgever == null || werkgever.naam() == null) {
            throw ApiProblem.notFound("Werkgever " + werkgeverId);
        }
        toegang.magWerkgeverZien(werkgever.id(), werkgever.regio());
        if (!werkgever.heeftAccountmanager()) {
            throw new ApiProblem(422, "werkgever-zonder-accountmanager", "Werkgever zonder accountmanager",
                    "Deze werkgever heeft (nog) geen accountmanager; wijs er eerst een toe in account-service",
                    null, Map.of("werkgeverId", werkgeverId.toString()));
        }
        toegang.magBeheren(werkgever.accountmanagerId());
        String regio = regioVan(werkgever);
        if (inhoud.evenementId() != null) {
            evenementen.herkomst(inhoud.evenementId(), regio);
        }
        if (inhoud.sroiVerplichtingId() != null) {
            sroiVerplichtingen.vanWerkgever(inhoud.sroiVerplichtingId(), werkgever.id());
        }
        Instant nu = clock.instant();
        Vacature vacature = Vacature.open(id, werkgever.id(), werkgever.accountmanagerId(),
                werkgever.accountmanagerPartner(), regio, werkgever.sector(), inhoud, nu, termijnen.voor(regio));
        vacatures.persist(vacature);
        events.publiceer(vacature, vacature.geopend(toegang.wie()));
        return vacature;
    }

    /** SHA-256 of the request as JSON: the same on every replica, unlike an enum's hashCode. */
    private String verzoekHash(UUID werkgeverId, VacatureInhoud inhoud) {
        try {
            byte[] verzoek = json.writeValueAsBytes(java.util.List.of(werkgeverId, inhoud));
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(verzoek));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be hashed", e);
        }
    }

    /**
     * The employer's region, which follows its municipality (account-service decides it from the reference data and
     * sends it along); an employer whose event named none gets the region of its municipality. Never a default region:
     * an employer of unknown place cannot open a vacancy.
     */
    private String regioVan(Werkgever werkgever) {
        if (werkgever.regio() != null && Arbeidsmarktregios.regios().contains(werkgever.regio())) {
            return werkgever.regio();
        }
        return Arbeidsmarktregios.gemeente(werkgever.vestigingsgemeente()).map(Arbeidsmarktregios.Gemeente::regio)
                .orElseThrow(() -> new ApiProblem(422, "werkgever-zonder-regio", "Werkgever zonder arbeidsmarktregio",
                        "De vestigingsgemeente van deze werkgever hoort bij geen arbeidsmarktregio; corrigeer haar in account-service",
                        null, Map.of("werkgeverId", werkgever.id().toString())));
    }
}
