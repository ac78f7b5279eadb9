package vn.thidua.jetty.body;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A request body, whole, in memory. Not copied: it belongs to whoever the collector hands it to.
 */
public final class Body {

    static final Body EMPTY = new Body(new byte[0], 0);

    private final byte[] bytes;
    private final int size;

    Body(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The length of the array behind the body, for tests: the room it takes. */
    int room() {
        return bytes.length;
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    public String text(Charset charset) {
        return new String(bytes, 0, size, charset);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }
}
