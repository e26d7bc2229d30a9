package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.matching.kandidaat.Kandidaat;
import nl.wsp.matching.kandidaat.Profiel;

import nl.wsp.platform.logboek.Betrokkene;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A candidate as one caller may see it. {@code zicht} says how much: {@code eigenaar} (the owning partner:
 * everything, life-domain notes included), {@code onthuld} (an adviser whose proposal was accepted: name and
 * contact, no life-domain notes) or {@code gepseudonimiseerd} (every other adviser: no reference, name, contact
 * details, address or life-domain notes). The age band only for {@code eigenaar}: no adviser ranks or picks by age.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KandidaatWeergave(@Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @Betrokkene UUID id, @Nullable @Schema(enumeration = {"eigenaar", "onthuld", "gepseudonimiseerd"}) String zicht, @Nullable String partner, @Nullable String referentie, @Schema(enumeration = {Kandidaat.BESCHIKBAAR, Kandidaat.INGETROKKEN, Kandidaat.GEWIST}, examples = "ingetrokken") String status,
                                @Nullable String redenIntrekking, @Nullable String woongemeente, @Nullable List<String> doelgroepen, @Nullable Profiel profiel,
                                @Nullable Naam naam, @Nullable KandidaatInvoer.Contact contact, @Nullable List<KandidaatInvoer.Leefgebied> leefgebieden,
                                @Schema(examples = "85") int volledigheid, @Nullable List<String> ontbrekendeVelden, @Nullable Instant aangemaaktOp,
                                @Nullable Instant gewijzigdOp,
                                @Nullable @Schema(enumeration = {"tot-27", "27-49", "50-plus"}, description = "Alleen voor de eigen partner en in de inzage: de leeftijdsband zoals aangeleverd (docs/adr/0043)") String leeftijdsband) {

    public record Naam(@Nullable String voornaam, @Nullable String achternaam) {
    }

    public static KandidaatWeergave eigenaar(Kandidaat k, List<KandidaatInvoer.Leefgebied> leefgebieden) {
        return new KandidaatWeergave(k.id(), "eigenaar", k.partner(), k.referentie(), k.status(), k.redenIntrekking(),
                k.woongemeente(), k.doelgroepen(), k.profiel(), naam(k), contact(k), leefgebieden, k.volledigheid(),
                k.ontbrekendeVelden(), k.aangemaaktOp(), k.gewijzigdOp(), k.leeftijdsband());
    }

    public static KandidaatWeergave onthuld(Kandidaat k) {
        return new KandidaatWeergave(k.id(), "onthuld", k.partner(), null, k.status(), k.redenIntrekking(),
                k.woongemeente(), k.doelgroepen(), k.profiel(), naam(k), contact(k), null, k.volledigheid(),
                k.ontbrekendeVelden(), k.aangemaaktOp(), k.gewijzigdOp(), null);
    }

    public static KandidaatWeergave gepseudonimiseerd(Kandidaat k) {
        return new KandidaatWeergave(k.id(), "gepseudonimiseerd", k.partner(), null, k.status(), k.redenIntrekking(),
                k.woongemeente(), k.doelgroepen(), k.profiel(), null, null, null, k.volledigheid(),
                k.ontbrekendeVelden(), k.aangemaaktOp(), k.gewijzigdOp(), null);
    }

    private static Naam naam(Kandidaat k) {
        return k.persoonsgegevens() == null || k.persoonsgegevens().naam() == null ? null
                : new Naam(k.persoonsgegevens().naam().voornaam(), k.persoonsgegevens().naam().achternaam());
    }

    private static KandidaatInvoer.Contact contact(Kandidaat k) {
        return k.persoonsgegevens() == null ? null : k.persoonsgegevens().contact();
    }
}
