package vn.thidua.export.internal;

import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/**
 * The SHA-256 of a plan's canonical JSON ({@link PlanJson#writeBytes}: the same plan always writes the
 * same bytes), in hex: what an exporter is given, as a key that survives a restart. The digests of the
 * last few plan instances are remembered, so that a request asking for a document's tag and then for
 * the document writes its plan's JSON once.
 */
final class PlanDigest {

    private static final int REMEMBERED = 16;

    private record Remembered(WeakReference<Plan> plan, String digest) {
    }

    private final PlanJson json = new PlanJson();
    private final Remembered[] remembered = new Remembered[REMEMBERED];
    private int next;

    String of(Plan plan) {
        synchronized (remembered) {
            for (Remembered r : remembered) {
                if (r != null && r.plan().get() == plan) {
                    return r.digest();
                }
            }
        }
        String digest = sha256(json.writeBytes(plan));
        synchronized (remembered) {
            remembered[next] = new Remembered(new WeakReference<>(plan), digest);
            next = (next + 1) % REMEMBERED;
        }
        return digest;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
