package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak realm export gives the services the tokens deploy/security.md describes. */
class KeycloakRealmTest {

    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new ObjectMapper().readTree(Repository.kubernetes().resolve("keycloak/wsp-realm.json").toFile());
    }

    @Test
    void theRealmHasTheFiveRolesTheServicesCheck() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("adviseur", "partnersysteem", "dashboard", "beheerder", "website");
    }

    @Test
    void rolesReachTheAccessTokenAsGroupsThePartnerAsPartnerAndTheAudienceIsWspApi() {
        JsonNode scope = scope("wsp-api");
        JsonNode groups = mapper(scope, "oidc-usermodel-realm-role-mapper");
        assertThat(groups.path("config").path("claim.name").asText()).isEqualTo("groups");
        assertThat(groups.path("config").path("multivalued").asText()).isEqualTo("true");
        assertThat(groups.path("config").path("access.token.claim").asText()).isEqualTo("true");
        JsonNode partner = mapper(scope, "oidc-usermodel-attribute-mapper");
        assertThat(partner.path("config").path("user.attribute").asText()).isEqualTo("partner");
        assertThat(partner.path("config").path("claim.name").asText()).isEqualTo("partner");
        assertThat(partner.path("config").path("access.token.claim").asText()).isEqualTo("true");
        assertThat(mapper(scope, "oidc-audience-mapper").path("config").path("included.custom.audience").asText()).isEqualTo("wsp-api");
    }

    @Test
    void everyClientGetsTheWspApiScopeAndEveryPartnerSystemAHardcodedPartnerClaim() {
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("defaultClientScopes").toString()).as(client.path("clientId").asText()).contains("\"wsp-api\"");
            if (client.path("clientId").asText().startsWith("partnersysteem-")) {
                JsonNode partner = mapper(client, "oidc-hardcoded-claim-mapper");
                assertThat(partner.path("config").path("claim.name").asText()).isEqualTo("partner");
                assertThat(partner.path("config").path("claim.value").asText()).isNotBlank();
                assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
                assertThat(client.path("standardFlowEnabled").asBoolean(true)).isFalse();
            }
        }
        assertThat(realm.path("users").toString()).contains("\"realmRoles\":[\"partnersysteem\"]", "\"realmRoles\":[\"dashboard\"]",
                "\"realmRoles\":[\"website\"]");
    }

    @Test
    void accessTokensLiveAtMostFifteenMinutesAndOnlyOverTls() {
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(60, 900);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("all");
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        }
    }

    private static JsonNode scope(String name) {
        for (JsonNode s : realm.path("clientScopes")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no client scope " + name);
    }

    private static JsonNode mapper(JsonNode owner, String type) {
        for (JsonNode m : owner.path("protocolMappers")) {
            if (m.path("protocolMapper").asText().equals(type)) {
                return m;
            }
        }
        throw new AssertionError("no " + type + " mapper on " + owner.path("name").asText(owner.path("clientId").asText()));
    }
}
