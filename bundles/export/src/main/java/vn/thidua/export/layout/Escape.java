package vn.thidua.export.layout;

/** Escaping of text for the markup languages the exporters write. */
public final class Escape {

    private Escape() {
    }

    /**
     * Text as XML/HTML character data or attribute value: {@code & < > " '} escaped, and characters
     * XML 1.0 forbids (C0 controls other than tab and line feed) dropped, so the output always parses.
     */
    public static void xml(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append('\n');
                    }
                }
            }
        }
    }

    public static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        xml(text, out);
        return out.toString();
    }
}
