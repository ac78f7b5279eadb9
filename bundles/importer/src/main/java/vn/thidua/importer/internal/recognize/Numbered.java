package vn.thidua.importer.internal.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line's numbering: its style ({@code I.}, {@code 1.}, {@code 1.1.}, {@code a)}, a bullet) and
 * the text after it. The styles nest in the order a document first uses them.
 *
 * @param style the numbering style
 * @param number the number as written ({@code II.}, {@code 1.2.}, {@code a)}, {@code -})
 * @param rest the text after the number
 */
record Numbered(Style style, String number, String rest) {

    enum Style {
        ROMAN, ARABIC, DOTTED, LETTER, BULLET
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\.\\s*(\\S.*)?$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})[.)]\\s*(\\S.*)?$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)?$");
    private static final Pattern BULLET = Pattern.compile("^([-+•–])\\s*(\\S.*)$");

    static Numbered of(String text) {
        Matcher m;
        if ((m = ROMAN.matcher(text)).matches()) {
            return new Numbered(Style.ROMAN, m.group(1) + ".", nullToEmpty(m.group(2)));
        }
        if ((m = DOTTED.matcher(text)).matches()) {
            return new Numbered(Style.DOTTED, m.group(1) + ".", m.group(2));
        }
        if ((m = ARABIC.matcher(text)).matches() && !text.matches("^\\d{1,2}[./]\\d.*")) {
            return new Numbered(Style.ARABIC, text.substring(0, m.end(1) + 1), nullToEmpty(m.group(2)));
        }
        if ((m = LETTER.matcher(text)).matches()) {
            return new Numbered(Style.LETTER, m.group(1) + ")", nullToEmpty(m.group(2)));
        }
        if ((m = BULLET.matcher(text)).matches()) {
            return new Numbered(Style.BULLET, m.group(1), m.group(2));
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Whether the number opens a heading rather than running into a paragraph. */
    boolean looksLikeHeading(boolean bold) {
        String t = rest.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        if (t.length() > 110) {
            return false;
        }
        if (bold && !t.endsWith(".")) {
            return true;
        }
        return t.endsWith(":") ? t.indexOf(':') == t.length() - 1 : !t.matches(".*[.;,]$") && t.length() <= 70;
    }
}
