package vn.thidua.importer.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins back the lines a PDF extraction broke mid-sentence ({@code ... nhiệm vụ năm} /
 * {@code 2020 của chủ tịch UBND tỉnh.}): a line that does not end a sentence is continued by the
 * next when that one starts in lower case, or with a figure that is no numbering; a line that ends a
 * clause with {@code ;} is continued by a next line in lower case.
 */
public final class LineJoiner {

    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?…”\"]\\s*$|.*\\./\\.$");
    private static final Pattern STARTS_CONTINUATION = Pattern.compile("^(\\p{Ll}|\\d(?![\\d.]*[.)]\\s)).*");
    private static final Pattern MARKER = Pattern.compile("^([-+•*]\\s|[IVXLC]+\\.\\s|\\d+(\\.\\d+)*[.)]\\s|[a-zđ]\\)\\s).*");

    private static final int WRAPPED = 60;
    private static final Pattern OPENS_PARAGRAPH = Pattern.compile("^(Căn cứ|Thực hiện|Nơi nhận|Bản điện tử|Trên đây|Đề nghị|Lưu)\\b");

    private LineJoiner() {
    }

    /** Whether {@code next} continues the sentence {@code line} leaves open. */
    public static boolean continues(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || MARKER.matcher(b).matches()) {
            return false;
        }
        if (ENDS_SENTENCE.matcher(a).matches()) {
            // A clause ends at ';' and the sentence goes on: no sentence, item or paragraph starts in lower case.
            return a.endsWith(";") && Character.isLowerCase(b.codePointAt(0));
        }
        if (STARTS_CONTINUATION.matcher(b).matches()) {
            return true;
        }
        // A wrapped line of a long paragraph may go on with a capitalised word (a name: "Việt" / "Nam");
        // a line that long without a sentence end is no heading.
        return a.length() >= WRAPPED && !a.endsWith(",") && Character.isUpperCase(b.codePointAt(0))
                && !OPENS_PARAGRAPH.matcher(b).find() && !b.equals(b.toUpperCase(java.util.Locale.ROOT))
                && !a.equals(a.toUpperCase(java.util.Locale.ROOT));
    }

    /** The lines with every continued line joined to the one it continues, by one space. */
    public static List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!out.isEmpty() && continues(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
