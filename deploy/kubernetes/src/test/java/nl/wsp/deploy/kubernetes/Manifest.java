package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;

/** One YAML document: where it came from and its tree. */
record Manifest(String source, JsonNode node) {

    String apiVersion() {
        return node.path("apiVersion").asText("");
    }

    String kind() {
        return node.path("kind").asText("");
    }

    String name() {
        return node.path("metadata").path("name").asText("");
    }

    /** {@code kind/name}, how kubectl names a resource. */
    String id() {
        return kind() + "/" + name();
    }

    boolean is(String kind) {
        return kind().equals(kind);
    }

    @Override
    public String toString() {
        return id() + " (" + source + ")";
    }
}
