package nl.wsp.platform.regels;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service checks itself against, the same in all four (docs/adr/0005-one-platform-frame.md).
 * A service's {@code ArchitectuurTest} calls each of them on its own classes; what a service is allowed to differ
 * in is passed in by name, so it stays visible in that test.
 * <p>
 * Plain static methods rather than ArchUnit's {@code @ArchTest}: ArchUnit's JUnit 5 engine does not run on the
 * JUnit 6 platform that Quarkus 3.34 brings.
 */
public final class Architectuurregels {

    private static final String[] JAX_RS = {"jakarta.ws.rs.."};
    /** Talking to the database directly; the value types a native query returns (java.sql.Timestamp, Date, Array) are not. */
    private static final String[] JDBC = {"java.sql.Connection", "java.sql.Statement", "java.sql.PreparedStatement",
            "java.sql.CallableStatement", "java.sql.ResultSet", "java.sql.DriverManager", "javax.sql.DataSource"};

    /** The calls that leave JPQL: a native query, or the raw connection under the session. */
    private static final Set<String> NATIVE = Set.of("createNativeQuery", "createNativeMutationQuery", "doWork", "doReturningWork");

    private final String root;
    private final JavaClasses classes;

    private Architectuurregels(String root) {
        this.root = root;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes under " + root + ": the rules would prove nothing");
        }
    }

    /** The rules for the service whose code lives under {@code root}, e.g. {@code nl.wsp.account}. */
    public static Architectuurregels voor(String root) {
        return new Architectuurregels(root);
    }

    public JavaClasses classes() {
        return classes;
    }

    /**
     * No two packages of the service depend on each other, directly or round about. A package and its {@code api}
     * records are one slice (a resource speaks in its records, the records are made from its entities); every other
     * sub-package is a slice of its own, so {@code matchen → matchen.regels} is a direction too.
     */
    public void geenPakketcycli() {
        pakketcycli().check(classes);
    }

    /** The cycle rule as a rule, for a service that must still ignore a named dependency (say which, and why). */
    public SliceRule pakketcycli() {
        return slices().assignedFrom(new PakketSlices(root)).should().beFreeOfCycles()
                .because("packages that depend on each other change together: one way only");
    }

    /** Only resources, JAX-RS providers ({@code @Provider}: a body reader) and the service's own HTTP edge ({@code <root>.platform}) speak JAX-RS. */
    public void alleenResourcesKennenRest() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .and().areNotAnnotatedWith(jakarta.ws.rs.ext.Provider.class)
                .and().resideOutsideOfPackage(root + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(JAX_RS)
                .because("entities, events and use cases do not know HTTP (resources and JAX-RS providers are the HTTP layer)")
                .check(classes);
    }

    /**
     * Native SQL and JDBC only in the service's named SQL classes ({@code sqlKlassen}, simple names, nested classes
     * included): every other class, repositories too, loads and saves through Panache and JPQL
     * (docs/adr/0026-one-persistence-style.md). A named class says in its Javadoc which benchmark of
     * docs/performance.md shows the need.
     */
    public void alleenDeBenoemdeSqlKlassenSchrijvenSql(Set<String> sqlKlassen) {
        noClasses().that(DescribedPredicate.not(simpleNameIn(sqlKlassen)))
                .should().dependOnClassesThat(DescribedPredicate.describe("are JDBC connections, statements, result sets or the pool",
                        c -> Set.of(JDBC).contains(c.getName()) || c.getPackageName().startsWith("io.agroal")))
                .orShould().callMethodWhere(DescribedPredicate.describe("a native query or a raw connection is asked for",
                        (JavaMethodCall call) -> NATIVE.contains(call.getName())
                                && (call.getTargetOwner().isAssignableTo("jakarta.persistence.EntityManager")
                                || call.getTargetOwner().isAssignableTo("org.hibernate.Session")
                                || call.getTargetOwner().isAssignableTo("org.hibernate.SharedSessionContract"))))
                .because("SQL lives in one named class per query a benchmark showed the need for (" + sqlKlassen + ")")
                .check(classes);
    }

    /** Entities refuse with domain exceptions ({@code Regelovertreding}); only the edge speaks problem JSON. */
    public void entiteitenWerpenGeenApiProblem() {
        noClasses().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.wsp.platform.problem.ApiProblem")
                .because("an entity throws a domain exception; one mapper turns it into problem JSON (ADR 0026)")
                .check(classes);
    }

    /**
     * An entity keeps its state private: no public instance fields on an {@code @Entity}. {@code nogOpenbaar} names the
     * entities (simple names) that still have them; the list only shrinks.
     */
    public void entiteitenHebbenGeenPubliekeVelden(Set<String> nogOpenbaar) {
        fields().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .and().areDeclaredInClassesThat(DescribedPredicate.not(simpleNameIn(nogOpenbaar)))
                .and().areNotStatic()
                .should().notBePublic()
                .because("an aggregate changes through its behaviour, not by anyone setting its fields")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The time comes from the injected {@code java.time.Clock} (the frame's {@code TimeSource}), so tests can move it. */
    public void tijdAlleenVanDeGeinjecteerdeKlok() {
        noClasses()
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the 24-hour rules and every date must be testable with a clock the test moves")
                .check(classes);
    }

    /** Entities are never the API model: the API speaks in records made from them. */
    public void entiteitenZijnNooitHetApiModel() {
        noClasses().that().resideInAPackage(root + "..api..")
                .should().beAnnotatedWith("jakarta.persistence.Entity")
                .because("the API speaks in records made from entities, never in the entities themselves")
                .check(classes);
    }

    /** Events leave only through the frame's outbox: no service code holds a Kafka producer. */
    public void alleenDeRelayProduceertNaarKafka() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
                .because("events leave only through the outbox, in the transaction of the state change")
                .check(classes);
    }

    private record PakketSlices(String root) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pakket = javaClass.getPackageName();
            if (!pakket.startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(pakket.substring(root.length() + 1).replaceAll("(^|\\.)api$", ""));
        }

        @Override
        public String getDescription() {
            return "the packages of " + root + " (with their api records)";
        }
    }

    private static DescribedPredicate<JavaClass> simpleNameIn(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, c -> names.contains(c.getSimpleName())
                || (c.isNestedClass() && names.contains(c.getEnclosingClass().map(JavaClass::getSimpleName).orElse(""))));
    }

    /**
     * Every JAX-RS operation whose answer names a data subject ({@code @Betrokkene}, at any depth) carries
     * {@code @Persoonsgegevens} (on the method or its class), so its reads reach the processing log: a new endpoint
     * cannot skip it. Operations answering a {@code Response} are checked at run time by the service's walk over its
     * OpenAPI document.
     */
    public void operatiesMetBetrokkenenZijnGemarkeerd() {
        java.util.List<String> ongemarkeerd = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith("jakarta.ws.rs.Path")) {
                continue;
            }
            Class<?> klasse = c.reflect();
            for (java.lang.reflect.Method m : klasse.getDeclaredMethods()) {
                boolean operatie = java.util.Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                boolean gemarkeerd = m.isAnnotationPresent(nl.wsp.platform.logboek.Persoonsgegevens.class)
                        || klasse.isAnnotationPresent(nl.wsp.platform.logboek.Persoonsgegevens.class);
                if (operatie && !gemarkeerd && nl.wsp.platform.logboek.Betrokkenen.noemtBetrokkenen(m.getGenericReturnType())) {
                    ongemarkeerd.add(klasse.getSimpleName() + "." + m.getName());
                }
            }
        }
        if (!ongemarkeerd.isEmpty()) {
            throw new AssertionError("operations answering personal data without @Persoonsgegevens: " + ongemarkeerd);
        }
    }
}
