package vn.thidua.export;

import java.util.List;

/** No exporter of that format is installed. */
public class UnknownFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String format;
    private final List<String> available;

    public UnknownFormatException(String format, List<String> available) {
        super("No exporter for format '" + format + "'; installed formats: " + String.join(", ", available));
        this.format = format;
        this.available = List.copyOf(available);
    }

    public String format() {
        return format;
    }

    public List<String> available() {
        return available;
    }
}
