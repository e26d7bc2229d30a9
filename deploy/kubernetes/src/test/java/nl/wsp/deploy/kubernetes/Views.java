package nl.wsp.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sets of manifests the deployment rules are checked on: the base's files always, and each overlay as kubectl
 * renders it where kubectl (or kustomize) is on the PATH.
 */
record Views(String name, List<Manifest> manifests) {

    private static List<Views> all;

    /** Read once per test run: the files do not change while the tests run. */
    static synchronized List<Views> all() {
        if (all == null) {
            all = List.copyOf(read());
        }
        return all;
    }

    private static List<Views> read() {
        List<Views> out = new ArrayList<>();
        out.add(new Views("base", Manifests.resourceFiles().stream().filter(m -> !m.source().startsWith("deploy/kubernetes/partners")).toList()));
        if (Manifests.kustomizeCommand().isPresent()) {
            for (String overlay : Repository.overlays()) {
                out.add(new Views("overlays/" + overlay, Manifests.rendered(overlay)));
            }
        }
        return out;
    }

    List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.is(kind)).toList();
    }

    List<Manifest> where(Predicate<Manifest> p) {
        return manifests.stream().filter(p).toList();
    }

    /** The one resource of this kind and name, or an assertion failure. */
    Manifest get(String kind, String name) {
        List<Manifest> found = manifests.stream().filter(m -> m.is(kind) && m.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError(name() + ": expected one " + kind + "/" + name + ", found " + found.size());
        }
        return found.get(0);
    }

    /** A resource whose name starts with {@code prefix} (generated ConfigMaps carry a hash suffix). */
    Manifest getGenerated(String kind, String prefix) {
        List<Manifest> found = manifests.stream().filter(m -> m.is(kind) && (m.name().equals(prefix) || m.name().matches(
                java.util.regex.Pattern.quote(prefix) + "-[a-z0-9]{10}"))).toList();
        if (found.size() != 1) {
            throw new AssertionError(name() + ": expected one " + kind + " " + prefix + ", found " + found.size());
        }
        return found.get(0);
    }

    @Override
    public String toString() {
        return name;
    }
}
