package vn.thidua.rules.files;

import java.time.LocalDate;

import vn.thidua.rules.PackCheckReport;

/**
 * What installing a descriptor file did.
 *
 * @param outcome   created, replaced, or refused (nothing written)
 * @param name      the file's name in the folder
 * @param check     the check of the descriptor, with its problems when refused and its changes against the
 *                  version in force before
 * @param inForce   the id of the pack now in force for the pack's province, issuer kind and first plan kind on
 *                  {@code inForceOn}, or {@code null} when none (or refused)
 * @param inForceOn the pack's first day, or {@code null} when it could not be read that far
 */
public record PackInstall(Outcome outcome, String name, PackCheckReport check, String inForce, LocalDate inForceOn) {

    /** What happened to the folder. */
    public enum Outcome {
        /** A new file. */
        CREATED,
        /** The file of that name was replaced. */
        REPLACED,
        /** The descriptor would be refused: nothing was written. */
        REFUSED
    }
}
