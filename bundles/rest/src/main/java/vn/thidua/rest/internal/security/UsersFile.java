package vn.thidua.rest.internal.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Karaf's {@code etc/users.properties}, read whole and replaced whole in one step. Karaf's own
 * writers (its backing engine, the {@code jaas:*} commands, {@code AutoEncryptionSupport}) save it
 * in place: they truncate it, then write it. A reader that reads during such a save gets nothing,
 * or what it read before the truncation followed by the end of the new text, a line that never
 * existed. So a read here is repeated until two reads agree, and a write goes to a file beside it
 * that is then moved over it: any reader sees the file before or after, never a mix.
 */
final class UsersFile {

    /** Reads before giving up on a file that changes under every read. */
    private static final int READS = 20;

    private final Path file;

    UsersFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The file's bytes, read until two reads agree; empty when there is no file. */
    byte[] read() throws IOException {
        byte[] previous = readOnce();
        for (int i = 0; i < READS; i++) {
            byte[] next = readOnce();
            if (Arrays.equals(previous, next)) {
                return next;
            }
            previous = next;
        }
        throw new IOException(file + " changed under each of " + READS + " reads");
    }

    /** One read, which may catch a writer half-way; {@link #read()} is the one to trust. */
    byte[] readOnce() throws IOException {
        try {
            return Files.readAllBytes(target());
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /**
     * A hidden file beside the file (so that the move is a rename on one file system) holding
     * {@code content}, on disk and with the file's permissions, ready for {@link #replaceWith}.
     */
    Path prepare(byte[] content) throws IOException {
        Path target = target();
        Path prepared = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + "-", ".tmp");
        try (FileChannel channel = FileChannel.open(prepared, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
            PosixFileAttributeView posix = Files.getFileAttributeView(prepared, PosixFileAttributeView.class);
            if (posix != null && Files.exists(target)) {
                posix.setPermissions(Files.getPosixFilePermissions(target));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(prepared);
            throw e;
        }
        return prepared;
    }

    /** Moves a prepared file over the file in one step (a rename). */
    void replaceWith(Path prepared) throws IOException {
        Files.move(prepared, target(), StandardCopyOption.ATOMIC_MOVE);
    }

    void discard(Path prepared) throws IOException {
        Files.deleteIfExists(prepared);
    }

    /** The file itself: when {@code users.properties} is a link, the file it points to (the link stays). */
    Path target() throws IOException {
        return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    }
}
