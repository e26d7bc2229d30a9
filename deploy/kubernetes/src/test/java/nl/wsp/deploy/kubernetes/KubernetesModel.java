package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The built-in kinds, checked against the Kubernetes API model of fabric8 (generated from the Kubernetes OpenAPI
 * document). fabric8 keeps unknown fields in {@code additionalProperties} instead of failing, so after binding every
 * object of the tree is walked and any unknown field is reported with its path; a value of the wrong type fails the
 * binding, with scalar coercion off (the string "2" is not the integer 2).
 */
final class KubernetesModel {

    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Namespace", Namespace.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper MAPPER = strict();

    private KubernetesModel() {
    }

    private static ObjectMapper strict() {
        JsonMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }

    static boolean knows(String apiVersion, String kind) {
        return KINDS.containsKey(apiVersion + "/" + kind);
    }

    /** Problems of a whole object of a built-in kind; empty when it is valid. */
    static List<String> validate(JsonNode node) {
        Class<?> type = KINDS.get(node.path("apiVersion").asText() + "/" + node.path("kind").asText());
        if (type == null) {
            return List.of("no Kubernetes model for " + node.path("apiVersion").asText() + " " + node.path("kind").asText());
        }
        return bind(node, type);
    }

    /** Problems of the metadata of any object, custom resources included. */
    static List<String> validateMetadata(JsonNode metadata) {
        if (metadata.isMissingNode()) {
            return List.of("metadata: missing");
        }
        List<String> problems = new ArrayList<>();
        for (String p : bind(metadata, ObjectMeta.class)) {
            problems.add("metadata" + (p.startsWith(".") ? "" : ": ") + p);
        }
        return problems;
    }

    private static List<String> bind(JsonNode node, Class<?> type) {
        Object bound;
        try {
            bound = MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return List.of("does not match the Kubernetes model: " + message);
        }
        List<String> problems = new ArrayList<>();
        walk(bound, "", problems);
        return problems;
    }

    /** Reports every unknown field that fabric8 kept aside, with its path. */
    private static void walk(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                walk(o, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v;
                try {
                    v = f.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (f.getName().equals("additionalProperties")) {
                    if (v instanceof Map<?, ?> extra) {
                        for (Object key : extra.keySet()) {
                            problems.add(path + "." + key + ": unknown field");
                        }
                    }
                } else {
                    walk(v, path + "." + f.getName(), problems);
                }
            }
        }
    }
}
