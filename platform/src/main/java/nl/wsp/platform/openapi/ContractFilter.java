package nl.wsp.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the OpenAPI document state what the frame does for every operation, so that no resource has to
 * repeat it (and none can forget it):
 * <ul>
 *   <li>one server, the API's base URL with its major version ({@code wsp.openapi.server-url}, Logius
 *       API-20), and paths relative to it;</li>
 *   <li>{@code info.contact} from configuration (Logius doc-openapi-contact);</li>
 *   <li>the {@code API-Version} header on every 2xx and 3xx answer (Logius API-57; {@code HttpConventions} sends
 *       it on every answer);</li>
 *   <li>the RFC 9457 {@code Problem} schema on every 4xx and 5xx answer, and a 400 on every operation that
 *       takes input, since the frame's mappers answer a bad body, parameter or path id with one; a 404 on every
 *       operation that takes a path id (another party's resource is not found, not forbidden) and a 415 on
 *       every operation that takes a body;</li>
 *   <li>a 429 with {@code Retry-After} on every write, since the frame's {@code Throttling} may answer one;</li>
 *   <li>a 503 with {@code Retry-After} on every operation, since the frame's mapper answers one when the database is
 *       out of reach for a moment ({@code Problems#unexpected});</li>
 *   <li>{@code required} on every object an answer returns (a schema reachable from a 2xx answer and from no
 *       request body): every field of its Java record or class, except those marked
 *       {@code jakarta.annotation.Nullable} (absent or {@code null} in some answers). The frame's test-jar checks
 *       every answer a test receives against it ({@code nl.wsp.testsupport.Antwoordcontract}), so a field marked
 *       required that is ever missing fails a test (docs/adr/0022).</li>
 * </ul>
 * It runs when the build writes {@code docs/api}, so the committed document and the served one are the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String VERSION_PREFIX = "/api/v1";
    static final String API_VERSION = "API-Version";
    static final String PROBLEM = "Problem";
    static final String RETRY_AFTER = "Retry-After";
    private static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final IndexView index;

    /** SmallRye hands a build-stage filter the application's Jandex index through this constructor. */
    public ContractFilter(IndexView index) {
        this.index = index;
    }

    public ContractFilter() {
        this(null);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String version = config.getOptionalValue("wsp.api-version", String.class).orElse("1.0.0");
        String bodyLimiet = config.getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .map(l -> l.replace("M", " MiB").replace("K", " KiB")).orElse("10 MiB");

        openAPI.setServers(List.of(OASFactory.createServer()
                .url(config.getOptionalValue("wsp.openapi.server-url", String.class).orElse(VERSION_PREFIX))
                .description("De API, versie 1 (paden hieronder zijn relatief aan deze URL)")));
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().setContact(OASFactory.createContact()
                .name(config.getOptionalValue("wsp.openapi.contact.name", String.class).orElse("WSP platform"))
                .email(config.getOptionalValue("wsp.openapi.contact.email", String.class).orElse("api@wsp.example.nl"))
                .url(config.getOptionalValue("wsp.openapi.contact.url", String.class)
                        .orElse("https://github.com/wsp-platform/wsp-platform")));

        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader(API_VERSION, apiVersionHeader(version));
        openAPI.getComponents().addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Na hoeveel seconden de client het weer mag proberen (RFC 9110)")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").example(30)));
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());

        if (openAPI.getPaths() == null) {
            return;
        }
        verplichteVeldenInAntwoorden(openAPI);
        Map<String, PathItem> relative = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> complete(method, operation, bodyLimiet));
            relative.put(path.startsWith(VERSION_PREFIX) ? path.substring(VERSION_PREFIX.length()) : path, item);
        });
        openAPI.getPaths().getPathItems().keySet().stream().toList().forEach(openAPI.getPaths()::removePathItem);
        relative.forEach(openAPI.getPaths()::addPathItem);
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, String bodyLimiet) {
        if (operation.getParameters() != null) {
            // a path id the resource did not describe: what every path id means in this API
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.PATH && (p.getDescription() == null || p.getDescription().isBlank()))
                    .forEach(p -> p.setDescription("`" + p.getName() + "` uit het pad; wat niet bestaat of niet zichtbaar is voor u, is 404"));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        if (takesInput && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Ongeldig verzoek: `invalidParams` noemt elk veld of elke parameter die niet klopt"));
        }
        boolean takesPathId = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (takesPathId && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("Niet gevonden, of niet zichtbaar voor u"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse()
                    .description("De body is groter dan " + bodyLimiet + " (`quarkus.http.limits.max-body-size` van deze service)"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("De body is geen application/json"));
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (writes && !responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Te veel schrijfacties van deze client (token `azp`, anders `sub`) in de periode; "
                            + "`Retry-After` zegt na hoeveel seconden het weer mag")
                    .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER)));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("De dienst kan zijn database even niet bereiken (herstart, failover); `Retry-After` zegt "
                            + "na hoeveel seconden u het opnieuw kunt proberen. Een schrijfactie die zo antwoordt, kan "
                            + "toch zijn vastgelegd als de verbinding bij het vastleggen wegviel: lees na of herhaal "
                            + "idempotent (docs/api.md)")
                    .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER)));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(API_VERSION)) {
                    response.addHeader(API_VERSION, OASFactory.createHeader().ref(API_VERSION));
                }
            } else if (status.startsWith("4") || status.startsWith("5")) {
                withProblemBody(response);
            }
        });
    }

    private static void withProblemBody(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        response.setContent(content);
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Een probleem (RFC 9457)");
        }
    }

    private static Header apiVersionHeader(String version) {
        return OASFactory.createHeader()
                .description("De volledige versie van de API die antwoordde (Logius API-57)")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).example(version));
    }

    /**
     * {@code required} on every schema an answer returns and no request takes: the fields of its Java type that
     * are not {@code @Nullable}. Requests keep what Bean Validation says ({@code @NotNull}): a client may leave
     * out what the service does not need.
     */
    private void verplichteVeldenInAntwoorden(OpenAPI openAPI) {
        if (index == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> antwoorden = new ArrayList<>();
        List<Schema> verzoeken = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> verzoeken.add(m.getSchema()));
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().forEach((status, r) -> {
                    if (status.startsWith("2") && r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> antwoorden.add(m.getSchema()));
                    }
                });
            }
        }));
        Set<String> inAntwoorden = bereikbaar(antwoorden, schemas);
        inAntwoorden.removeAll(bereikbaar(verzoeken, schemas));
        Map<String, List<ClassInfo>> klassen = new HashMap<>();
        for (ClassInfo klasse : index.getKnownClasses()) {
            if (klasse.name().toString().startsWith("nl.wsp.") && klasse.simpleName() != null) {
                List<ClassInfo> gelijknamig = klassen.computeIfAbsent(klasse.simpleName(), k -> new ArrayList<>());
                if (gelijknamig.stream().noneMatch(k -> k.name().equals(klasse.name()))) {
                    gelijknamig.add(klasse); // the combined index may hold a class twice
                }
            }
        }
        inAntwoorden.remove(PROBLEM); // the frame's own, above
        for (String naam : inAntwoorden) {
            Schema schema = schemas.get(naam);
            if (schema == null || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            Optional<ClassInfo> klasse = klasseVan(naam, schema.getProperties().keySet(), klassen);
            if (klasse.isEmpty()) {
                continue;
            }
            List<String> verplicht = new ArrayList<>();
            for (String veld : schema.getProperties().keySet()) {
                if (veldVan(klasse.get(), veld).filter(v -> !v.hasAnnotation(NULLABLE)).isPresent()) {
                    verplicht.add(veld);
                }
            }
            if (!verplicht.isEmpty()) {
                schema.setRequired(verplicht);
            }
        }
    }

    /**
     * The type a schema is named after: of the types with its simple name (SmallRye numbers the second and later
     * ones of a name: {@code Rij1}, {@code Rij2}), the one that has every property of the schema; for a generic page
     * ({@code PaginaWerkgeverWeergave}) the generic type with the longest prefix. None when it is not one type.
     */
    private static Optional<ClassInfo> klasseVan(String naam, Set<String> velden, Map<String, List<ClassInfo>> klassen) {
        String basis = naam.replaceFirst("[0-9]+$", "");
        List<ClassInfo> passend = klassen.getOrDefault(basis, List.of()).stream()
                .filter(k -> velden.stream().allMatch(v -> veldVan(k, v).isPresent()))
                .toList();
        if (passend.size() == 1) {
            return Optional.of(passend.get(0));
        }
        if (!passend.isEmpty()) {
            return Optional.empty(); // two types fit: say nothing rather than guess
        }
        // a page of a generic type: of the types named like the prefix, the one generic one (a service may also have a
        // nested, non-generic record of that simple name, e.g. Voordrachtenlijst.Pagina)
        return klassen.entrySet().stream()
                .filter(e -> naam.startsWith(e.getKey())
                        && e.getValue().stream().filter(k -> !k.typeParameters().isEmpty()).count() == 1)
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .flatMap(e -> e.getValue().stream().filter(k -> !k.typeParameters().isEmpty()).findFirst());
    }

    /** The record component or field behind a JSON property (the annotations of either count). */
    private static Optional<AnnotationTarget> veldVan(ClassInfo klasse, String naam) {
        RecordComponentInfo component = klasse.isRecord() ? klasse.recordComponent(naam) : null;
        if (component != null) {
            return Optional.of(component.hasAnnotation(NULLABLE) ? component : klasse.field(naam) != null
                    && klasse.field(naam).hasAnnotation(NULLABLE) ? klasse.field(naam) : component);
        }
        FieldInfo veld = klasse.field(naam);
        return Optional.ofNullable(veld);
    }

    private static Set<String> bereikbaar(List<Schema> begin, Map<String, Schema> schemas) {
        Set<String> gezien = new HashSet<>();
        Deque<Schema> werk = new ArrayDeque<>();
        begin.stream().filter(java.util.Objects::nonNull).forEach(werk::add);
        while (!werk.isEmpty()) {
            Schema s = werk.pop();
            if (s.getRef() != null) {
                String naam = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (s.getRef().startsWith(SCHEMA_REF) && gezien.add(naam) && schemas.get(naam) != null) {
                    werk.add(schemas.get(naam));
                }
                continue;
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(werk::add);
            }
            if (s.getItems() != null) {
                werk.add(s.getItems());
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                werk.add(s.getAdditionalPropertiesSchema());
            }
            for (List<Schema> deel : java.util.Arrays.asList(s.getAllOf(), s.getOneOf(), s.getAnyOf())) {
                if (deel != null) {
                    deel.forEach(werk::add);
                }
            }
        }
        return gezien;
    }

    private static Schema problemSchema() {
        Schema invalidParam = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Het veld (JSON-pad), de parameter of de header die niet klopt"))
                .addProperty("reason", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Wat eraan mankeert en wat wel mag"))
                .required(List.of("name", "reason"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("Een probleem volgens RFC 9457 (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri")
                        .description("Een vaste URN per soort probleem; docs/api.md somt ze op")
                        .example("urn:nl:wsp:probleem:ongeldige-invoer"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING)
                        .example("Ongeldige invoer"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .example(400))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING)
                        .example("Het verzoek bevat velden die niet kloppen"))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Het pad van het verzoek"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(invalidParam))
                .required(List.of("type", "title", "status"));
    }
}
