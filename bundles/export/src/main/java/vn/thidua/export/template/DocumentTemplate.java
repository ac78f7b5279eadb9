package vn.thidua.export.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * A template file, and where it comes from in words an administrator recognises in an error message
 * ({@code templates/plan.docx of rule pack gia-lai@2023.1.0}).
 *
 * @param location where the file is read from (a bundle entry, a file)
 * @param origin   what the file is and who provides it
 */
public record DocumentTemplate(URL location, String origin) {

    public DocumentTemplate {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(origin, "origin");
    }

    /** The file's bytes; a failure names the template by its origin. */
    public byte[] read() throws IOException {
        try (InputStream in = location.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IOException("Cannot read the template " + origin + ": " + e.getMessage(), e);
        }
    }
}
