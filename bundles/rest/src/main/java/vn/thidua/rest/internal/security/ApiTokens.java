package vn.thidua.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The API tokens of external systems, from configuration entries
 * {@code token.<name> = <SHA-256 of the token, hex> <role>[,<role>…]}: only the hash of a token is
 * ever stored; a caller presents the token itself as {@code Authorization: Bearer <token>}.
 */
public final class ApiTokens {

    /** Configuration keys of tokens start with this. */
    public static final String PREFIX = "token.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, Caller> byHash;

    private ApiTokens(Map<String, Caller> byHash) {
        this.byHash = byHash;
    }

    /**
     * Reads the tokens of a configuration; other keys are ignored.
     *
     * @throws IllegalArgumentException naming the key of an entry that is not {@code <hash> <roles>}
     */
    public static ApiTokens from(Map<String, ?> configuration) {
        Map<String, Caller> byHash = new TreeMap<>();
        for (Map.Entry<String, ?> entry : new TreeMap<>(configuration).entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String name = key.substring(PREFIX.length());
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(key + ": a token name is letters, digits, '.', '_' or '-'");
            }
            String[] parts = String.valueOf(entry.getValue()).trim().split("\\s+", 2);
            String hash = parts[0].toLowerCase(Locale.ROOT);
            if (!HASH.matcher(hash).matches() || parts.length < 2) {
                throw new IllegalArgumentException(key + ": expected '<SHA-256 of the token, 64 hex digits> <role>[,<role>]'");
            }
            List<String> roles = Arrays.stream(parts[1].split("[,\\s]+")).map(String::trim).filter(r -> !r.isEmpty()).toList();
            if (Role.effective(roles).isEmpty()) {
                throw new IllegalArgumentException(key + ": grants none of the roles viewer, editor, admin: " + parts[1]);
            }
            byHash.put(hash, new Caller("token:" + name, Role.effective(roles), "BEARER"));
        }
        return new ApiTokens(Map.copyOf(byHash));
    }

    public static ApiTokens none() {
        return new ApiTokens(Map.of());
    }

    /** The caller a token stands for, if it is configured. */
    public Optional<Caller> caller(String token) {
        return Optional.ofNullable(byHash.get(sha256(token)));
    }

    /** The configured tokens by name, without their hashes. */
    public List<Token> list() {
        return byHash.values().stream()
                .map(c -> new Token(c.name().substring("token:".length()), List.copyOf(new java.util.TreeSet<>(c.roles()))))
                .sorted(java.util.Comparator.comparing(Token::name)).toList();
    }

    /** A configured token as an administrator sees it. */
    public record Token(String name, List<String> roles) {
    }

    /** The hex SHA-256 of a token's UTF-8 bytes, as the configuration stores it. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
