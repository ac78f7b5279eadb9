package vn.thidua.rest.internal.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The text of Karaf's {@code etc/users.properties} ({@code user = password,role,…}, groups as
 * {@code _g_\:name = group,role,…}) as logical lines, grouped as Karaf's reader (Felix utils'
 * {@code Properties}) groups them: a line ending with an odd number of backslashes goes on, each
 * line's leading blanks are dropped, {@code #}, {@code !} and blank lines are comments. One
 * user's line can be set while every other byte stays as it was: a change of ours never rewrites
 * what another writer wrote, nor its comments or line ends.
 */
final class UsersText {

    static final String GROUP_PREFIX = "_g_:";

    /** A logical line holding one entry: its key and value, and where it is in the text. */
    private record Entry(String key, String value, int start, int end) {
    }

    /** One char per byte (ISO-8859-1, as Karaf reads and writes the file), so the bytes come back unchanged. */
    private final String text;
    private final List<Entry> entries;

    private UsersText(String text, List<Entry> entries) {
        this.text = text;
        this.entries = entries;
    }

    static UsersText of(byte[] bytes) {
        String text = new String(bytes, ISO_8859_1);
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            int start = position;
            int end = lineEnd(text, position);
            String line = text.substring(start, contentEnd(text, start, end));
            position = end;
            if (isComment(line)) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (continues(line) && position < text.length()) {
                logical.append(stripLeading(line), 0, stripLeading(line).length() - 1);
                int next = lineEnd(text, position);
                line = text.substring(position, contentEnd(text, position, next));
                position = next;
            }
            String last = stripLeading(line);
            logical.append(continues(last) ? last.substring(0, last.length() - 1) : last);
            entries.add(entry(logical.toString(), start, position));
        }
        return new UsersText(text, entries);
    }

    /** The value of the user's line: the last one when the key repeats, as Karaf's reader keeps the last. */
    Optional<String> value(String user) {
        Optional<String> value = Optional.empty();
        for (Entry entry : entries) {
            if (user.equals(entry.key())) {
                value = Optional.of(entry.value());
            }
        }
        return value;
    }

    /** The roles of the user's line (what follows the password), as the login module splits and trims them. */
    static List<String> roles(String value) {
        List<String> roles = new ArrayList<>();
        String[] infos = value.split(",");
        for (int i = 1; i < infos.length; i++) {
            roles.add(infos[i].trim());
        }
        return roles;
    }

    /** The users (not groups) whose stored password, the first field of their line, matches {@code plain}. */
    List<String> users(Predicate<String> plain) {
        Map<String, String> last = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.key() != null) {
                last.put(entry.key(), entry.value());
            }
        }
        List<String> users = new ArrayList<>();
        last.forEach((user, value) -> {
            if (!user.startsWith(GROUP_PREFIX) && plain.test(value.split(",", -1)[0])) {
                users.add(user);
            }
        });
        return users;
    }

    /**
     * The bytes with the user's line set to {@code user = value}: in place of its first line (any
     * other line of that user dropped), else added at the end. Neither may need escaping: the user
     * is letters, digits and {@code . _ @ -}, the value {@link #plainText} with commas.
     */
    byte[] withLine(String user, String value) {
        if (!user.matches("[A-Za-z0-9._@-]+") || !plainText(value.replace(",", ""))) {
            throw new IllegalArgumentException("a users.properties line that would need escaping");
        }
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        String line = user + " = " + value;
        StringBuilder out = new StringBuilder(text.length() + line.length() + 2);
        int copied = 0;
        boolean written = false;
        for (Entry entry : entries) {
            if (!user.equals(entry.key())) {
                continue;
            }
            out.append(text, copied, entry.start());
            if (!written) {
                out.append(line).append(terminator(entry.end(), separator));
                written = true;
            }
            copied = entry.end();
        }
        out.append(text, copied, text.length());
        if (!written) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != '\r') {
                out.append(separator);
            }
            out.append(line).append(separator);
        }
        return out.toString().getBytes(ISO_8859_1);
    }

    /** Printable ASCII without spaces or backslashes: written as it is, read back the same by every properties reader. */
    static boolean plainText(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The line end of the entry ending at {@code end}, or the file's separator when it is the unterminated last line. */
    private String terminator(int end, String separator) {
        if (end >= 2 && text.startsWith("\r\n", end - 2)) {
            return "\r\n";
        }
        if (end >= 1 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            return text.substring(end - 1, end);
        }
        return separator;
    }

    private static Entry entry(String logical, int start, int end) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logical));
        } catch (IOException | IllegalArgumentException malformed) {
            // A bad \\u escape: Karaf cannot read it either; the line is kept as it is and names no one.
            return new Entry(null, "", start, end);
        }
        String key = one.stringPropertyNames().stream().findFirst().orElse(null);
        return new Entry(key, key == null ? "" : one.getProperty(key), start, end);
    }

    private static boolean isComment(String line) {
        String trimmed = line.trim();
        return trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!';
    }

    /** Karaf's reader strips spaces, tabs and form feeds at the start of each line of an entry. */
    private static String stripLeading(String line) {
        int start = 0;
        while (start < line.length() && " \t\f".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        return line.substring(start);
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where the line starting at {@code start} ends, its terminator ({@code \n}, {@code \r\n} or {@code \r}) included. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    private static int contentEnd(String text, int start, int end) {
        int content = end;
        while (content > start && (text.charAt(content - 1) == '\n' || text.charAt(content - 1) == '\r')) {
            content--;
        }
        return content;
    }
}
