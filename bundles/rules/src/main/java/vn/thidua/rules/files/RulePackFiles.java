package vn.thidua.rules.files;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The descriptor files of the watched rule-pack folder (PID {@code vn.thidua.rules.folder}). Every write is
 * atomic (a hidden temporary file moved into place), so the folder's watcher never reads half a file, and
 * the pack is loaded before the call returns.
 */
@ProviderType
public interface RulePackFiles {

    /**
     * The descriptor files the folder holds ({@code *.yaml}, {@code *.yml}, {@code *.json}, hidden names left out),
     * by name, each with what the registry holds from it.
     */
    List<PackFile> files();

    /**
     * Checks the descriptor as the registry would load it and, only when it is installable, writes it into the
     * folder under {@code name} (replacing the file of that name) and loads it.
     *
     * @param name       the file's name: {@link #fileName(String)} of the pack's id, with the extension
     *                   {@code .yaml}, {@code .yml} or {@code .json}
     * @param descriptor the descriptor's bytes (YAML or JSON, UTF-8), at most {@link #maxPackBytes()}
     * @return what was done; {@link PackInstall.Outcome#REFUSED} with the check's problems when nothing was written
     * @throws PackFileException when the name is not a safe descriptor name, does not match the pack's id, or the
     *         descriptor is too large; nothing is written
     */
    PackInstall install(String name, byte[] descriptor);

    /**
     * Deletes the file: its pack is no longer in force and never comes back by itself; the version in force
     * before it (if any) is in force again.
     *
     * @throws PackFileException ({@link PackFileException.Reason#NOT_FOUND}) when the folder has no such file,
     *         ({@link PackFileException.Reason#INVALID_NAME}) when the name is not a descriptor's name in the folder
     */
    PackRemoval remove(String name);

    /** The largest descriptor accepted, in bytes ({@code maxPackBytes} of {@code vn.thidua.rules.registry}). */
    long maxPackBytes();

    /**
     * The file name a pack is installed under, without its extension: its id with {@code @} written as {@code -}
     * ({@code gia-lai@2027.0.0} → {@code gia-lai-2027.0.0}), so that one file holds one version of one pack.
     */
    static String fileName(String packId) {
        return packId.replace('@', '-').toLowerCase(Locale.ROOT);
    }
}
