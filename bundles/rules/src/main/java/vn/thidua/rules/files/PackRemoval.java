package vn.thidua.rules.files;

import java.time.LocalDate;

/**
 * What removing a descriptor file did.
 *
 * @param removed   the file as it was, with the pack it had
 * @param inForce   the id of the pack in force now for the removed pack's province, issuer kind and first plan kind
 *                  on {@code inForceOn} (the version before it, the rollback), or {@code null} when none
 * @param inForceOn the removed pack's first day, or {@code null} when the file had no pack loaded
 */
public record PackRemoval(PackFile removed, String inForce, LocalDate inForceOn) {
}
