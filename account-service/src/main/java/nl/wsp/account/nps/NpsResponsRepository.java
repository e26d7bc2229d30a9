package nl.wsp.account.nps;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NpsResponsRepository implements PanacheRepositoryBase<NpsRespons, UUID> {

    public List<NpsRespons> inRonde(String meetronde, String regio) {
        return regio == null ? list("meetronde", meetronde) : list("meetronde = ?1 and regio = ?2", meetronde, regio);
    }
}
