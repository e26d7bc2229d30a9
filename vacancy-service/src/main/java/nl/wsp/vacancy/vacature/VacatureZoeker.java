package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.page.Cursor;
import nl.wsp.vacancy.vacature.api.OvergangWeergave;
import nl.wsp.platform.page.Pagina;
import nl.wsp.vacancy.vacature.api.VacatureWijziging;
import nl.wsp.vacancy.vacature.api.StatusAantal;
import nl.wsp.vacancy.vacature.api.VacatureWeergave;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads: one vacancy, a search with keyset pagination, the change feed, and the aggregates for dashboards. */
@ApplicationScoped
public class VacatureZoeker {

    public record Filter(VacatureStatus status, String gemeente, String sector, String beroep, UUID werkgever,
                         UUID accountmanager) {
    }

    private final EntityManager em;
    private final VacatureRepository vacatures;
    private final VacatureToegang toegang;
    private final ObjectMapper json;

    VacatureZoeker(EntityManager em, VacatureRepository vacatures, VacatureToegang toegang, ObjectMapper json) {
        this.em = em;
        this.vacatures = vacatures;
        this.toegang = toegang;
        this.json = json;
    }

    @Transactional
    public VacatureWeergave lees(UUID id) {
        Vacature vacature = vacatures.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Vacature " + id));
        toegang.magZien(vacature);
        List<OvergangWeergave> overgangen = vacatures.overgangen(id).stream().map(OvergangWeergave::van).toList();
        return VacatureWeergave.van(vacature, overgangen);
    }

    @Transactional
    public Pagina<VacatureWeergave> zoek(Filter filter, String cursor, Integer limiet) {
        long na = Cursor.positie(cursor);
        int n = Cursor.limiet(limiet);
        StringBuilder jpql = new StringBuilder("select v from Vacature v where v.volgnummer > :na");
        Map<String, Object> params = new HashMap<>();
        params.put("na", na);
        if (filter.status() != null) {
            jpql.append(" and v.status = :status");
            params.put("status", filter.status());
        }
        if (filter.gemeente() != null) {
            jpql.append(" and lower(v.werklocatieGemeente) = lower(:gemeente)");
            params.put("gemeente", filter.gemeente().strip());
        }
        if (filter.sector() != null) {
            jpql.append(" and lower(v.sector) = lower(:sector)");
            params.put("sector", filter.sector().strip());
        }
        if (filter.beroep() != null) {
            jpql.append(" and v.escoBeroep = :beroep");
            params.put("beroep", filter.beroep().strip());
        }
        if (filter.werkgever() != null) {
            jpql.append(" and v.werkgeverId = :werkgever");
            params.put("werkgever", filter.werkgever());
        }
        if (filter.accountmanager() != null) {
            jpql.append(" and v.accountmanagerId = :accountmanager");
            params.put("accountmanager", filter.accountmanager());
        }
        String partner = toegang.zichtbaarheidsPartner();
        if (partner != null) {
            jpql.append(" and v.regio = :regio and (v.breedUitgezetOp is not null or v.accountmanagerPartner = :partner)");
            params.put("partner", partner);
            params.put("regio", toegang.zichtbaarheidsRegio());
        } else if (toegang.zichtbaarheidsRegio() != null) { // a beheerder of one region sees only that region
            jpql.append(" and v.regio = :regio");
            params.put("regio", toegang.zichtbaarheidsRegio());
        }
        jpql.append(" order by v.volgnummer");
        TypedQuery<Vacature> query = em.createQuery(jpql.toString(), Vacature.class).setMaxResults(n + 1);
        params.forEach(query::setParameter);
        List<Vacature> rijen = query.getResultList();
        boolean meer = rijen.size() > n;
        List<Vacature> pagina = meer ? rijen.subList(0, n) : rijen;
        return new Pagina<>(pagina.stream().map(v -> VacatureWeergave.van(v, null)).toList(),
                meer ? Cursor.van(pagina.get(pagina.size() - 1).volgnummer()) : null);
    }

    /**
     * Every change (opened, changed, broadcast, filled, withdrawn, expired) as the CloudEvent that went to Kafka, in
     * order. Unlike a list, a feed has no last page: {@code volgendeCursor} is always there, to poll again later.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Pagina<VacatureWijziging> wijzigingen(String cursor, Integer limiet) {
        long na = Cursor.positie(cursor);
        int n = Cursor.limiet(limiet);
        String partner = toegang.zichtbaarheidsPartner();
        String regio = toegang.zichtbaarheidsRegio();
        StringBuilder jpql = new StringBuilder(
                "select w from Wijzigingsregel w join Vacature v on v.id = w.vacatureId where w.positie > :na");
        Map<String, Object> params = new HashMap<>();
        params.put("na", na);
        if (regio != null) {
            jpql.append(" and v.regio = :regio");
            params.put("regio", regio);
        }
        if (partner != null) {
            jpql.append(" and (v.breedUitgezetOp is not null or v.accountmanagerPartner = :partner)");
            params.put("partner", partner);
        }
        TypedQuery<Wijzigingsregel> query = em.createQuery(jpql.append(" order by w.positie").toString(), Wijzigingsregel.class)
                .setMaxResults(n);
        params.forEach(query::setParameter);
        List<Wijzigingsregel> rijen = query.getResultList();
        List<VacatureWijziging> events = new ArrayList<>(rijen.size());
        long laatste = na;
        for (Wijzigingsregel rij : rijen) {
            laatste = rij.positie();
            try {
                events.add(json.readValue(rij.cloudevent(), VacatureWijziging.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("change feed row " + laatste + " is not JSON", e);
            }
        }
        return new Pagina<>(events, Cursor.van(laatste));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<StatusAantal> aantallen() {
        return vacatures.aantallenPerRegioEnStatus().stream()
                .map(r -> new StatusAantal((String) r[0], (VacatureStatus) r[1], ((Number) r[2]).longValue())).toList();
    }
}
