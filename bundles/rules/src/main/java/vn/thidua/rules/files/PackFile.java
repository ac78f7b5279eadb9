package vn.thidua.rules.files;

import java.time.Instant;

import vn.thidua.rules.RulePackInfo;

/**
 * One descriptor file of the watched folder.
 *
 * @param name     the file's name in the folder
 * @param size     its size in bytes
 * @param modified when it was last written
 * @param loaded   the pack loaded from it, or {@code null} (refused, or not read yet)
 * @param refused  the refusal of its current content, or {@code null}; with {@code loaded} set, the pack it had
 *                 before stays in force
 */
public record PackFile(String name, long size, Instant modified, RulePackInfo loaded, RulePackInfo refused) {
}
