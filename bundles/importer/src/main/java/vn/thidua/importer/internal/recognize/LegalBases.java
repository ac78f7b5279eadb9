package vn.thidua.importer.internal.recognize;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.text.VietnameseDates;

/** A legal basis (Căn cứ / Thực hiện ...) read from its words: kind, number, date, issuer, summary. */
final class LegalBases {

    static final Pattern VERB = Pattern.compile("^(Căn cứ|Thực hiện|Hưởng ứng|Hướng ứng|Triển khai)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND = Pattern.compile(
            "(Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Thông báo|Công văn|Hướng dẫn|Quy chế|Quy định|Văn bản)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?:số\\s+)?(\\d+[\\w.]*/[\\p{L}\\d/&.-]*[\\p{L}\\d])");
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern ISSUER = Pattern.compile("\\bcủa\\s+(.+?)(?=\\s+về\\b|\\s+ban hành\\b|\\s*[;,.]?$|\\s*\\()");
    private static final Pattern SUMMARY = Pattern.compile("\\bvề(?:\\s+việc)?\\s+(.+?)\\s*[;,.]?$");

    private static final Pattern ANNEXED = Pattern.compile("^\\s*(.+?)\\s+ban hành kèm theo\\s+(.+)$");
    private static final Pattern CALL = Pattern.compile("^phát động\\s+(.+?)\\s+của\\s+(.+?)\\s*[;,.]?$");

    private static LocalDate date(String text) {
        try {
            return VietnameseDates.parseShort(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LegalBases() {
    }

    static LegalBasis read(String text) {
        String t = text.strip();
        Matcher v = VERB.matcher(t);
        String verb = v.find() ? t.substring(0, v.end()).strip() : null;
        String rest = verb == null ? t : t.substring(v.end());
        Matcher k = KIND.matcher(rest);
        String kind;
        int after;
        if (k.find() && k.start() < 40) {
            kind = k.group(1);
            after = k.end();
        } else {
            kind = rest.toLowerCase(java.util.Locale.ROOT).contains("phát động") ? "Phát động thi đua" : "Văn bản";
            after = 0;
        }
        String tail = rest.substring(after);
        Matcher annex = ANNEXED.matcher(tail);
        if (annex.matches()) {
            // "Quy chế X ban hành kèm theo Quyết định số N ngày D": the number and date are the decision's.
            Matcher n = NUMBER.matcher(annex.group(2));
            Matcher d = DATE.matcher(annex.group(2));
            return new LegalBasis(t, verb, kind, n.find() ? n.group(1) : null, d.find() ? date(d.group(1)) : null, null,
                    annex.group(1).strip());
        }
        if (kind.equals("Phát động thi đua")) {
            Matcher c = CALL.matcher(rest);
            if (c.matches()) {
                // "phát động phong trào thi đua của X" names no movement: no summary.
                String movement = c.group(1).strip();
                return new LegalBasis(t, verb, kind, null, null, c.group(2).strip(),
                        movement.equalsIgnoreCase("phong trào thi đua") ? null : movement);
            }
        }
        int about = tail.indexOf(" về ");
        String beforeAbout = about < 0 ? tail : tail.substring(0, about);
        Matcher n = NUMBER.matcher(tail);
        String number = n.find() ? n.group(1) : null;
        Matcher d = DATE.matcher(tail);
        LocalDate date = null;
        if (d.find()) {
            try {
                date = VietnameseDates.parseShort(d.group(1));
            } catch (IllegalArgumentException e) {
                date = null;
            }
        }
        Matcher i = ISSUER.matcher(beforeAbout + (about < 0 ? "" : " "));
        String issuer = i.find() ? i.group(1).strip() : null;
        Matcher s = SUMMARY.matcher(tail);
        String summary = s.find() ? s.group(1).strip() : null;
        return new LegalBasis(t, verb, kind, number, date, issuer, summary);
    }
}
