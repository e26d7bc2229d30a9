package nl.wsp.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;

/** One entry point: a manifest of any kind the deployment uses, checked against the schema of its kind. */
final class Validation {

    private Validation() {
    }

    /** Problems of a whole manifest, each prefixed with where it is; empty when valid. */
    static List<String> problems(Manifest m) {
        List<String> problems = new ArrayList<>();
        if (m.apiVersion().isEmpty() || m.kind().isEmpty()) {
            problems.add("apiVersion and kind are required");
        } else if (KubernetesModel.knows(m.apiVersion(), m.kind())) {
            problems.addAll(KubernetesModel.validate(m.node()));
        } else if (CrdSchemas.knows(m.apiVersion(), m.kind())) {
            problems.addAll(CrdSchemas.validate(m.node()));
            problems.addAll(KubernetesModel.validateMetadata(m.node().path("metadata")));
        } else {
            problems.add("no schema for " + m.apiVersion() + " " + m.kind()
                    + " (a built-in kind needs a model in KubernetesModel, a custom resource its CRD in schemas/)");
        }
        if (m.name().isEmpty()) {
            problems.add("metadata.name is required");
        }
        return problems.stream().map(p -> m + ": " + p).toList();
    }
}
