package vn.thidua.export.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/**
 * The SHA-256 of a plan's canonical JSON ({@link PlanJson#writeBytes}: the same plan always writes the
 * same bytes), in hex: what an exporter is given, as a key that survives a restart.
 */
final class PlanDigest {

    private final PlanJson json = new PlanJson();

    String of(Plan plan) {
        return sha256(json.writeBytes(plan));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
