package vn.thidua.export.layout;

import java.util.regex.Pattern;

/**
 * The blanks a draft leaves for the issuer to fill in by hand once signed. The plan writes a blank
 * number as {@code Số: /KH-BQL} (the text a reader collapses it to); on paper that leaves no room to
 * write the number, so a document format that lays the line out widens the blank. The day's blank
 * ({@code ngày     tháng 01}) is already written wide; the formats only have to keep its spaces.
 */
public final class Blanks {

    /** About a four-digit number's width at 13 pt, the size of the number line. */
    public static final String NUMBER_BLANK = "        ";

    /** "Số:", nothing but spaces up to the slash. */
    private static final Pattern BLANK_NUMBER = Pattern.compile("^(Số\\s*:)\\s*/");

    private Blanks() {
    }

    /** The number line with room for the number when it is blank; a registered number as it is. */
    public static String numberLine(String line) {
        return BLANK_NUMBER.matcher(line).replaceFirst("$1" + NUMBER_BLANK + "/");
    }
}
