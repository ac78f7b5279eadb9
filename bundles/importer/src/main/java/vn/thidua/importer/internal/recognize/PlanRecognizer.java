package vn.thidua.importer.internal.recognize;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.NotAPlanException;
import vn.thidua.importer.ReviewItem;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.importer.internal.document.SourceDocument;
import vn.thidua.plan.Authority;
import vn.thidua.plan.AuthorityPrefix;
import vn.thidua.plan.BasesLayout;
import vn.thidua.plan.DateLine;
import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Province;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.RecipientRole;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.Section;
import vn.thidua.plan.Signature;
import vn.thidua.plan.text.VietnameseDates;

/**
 * Recognises a plan in a document's blocks, top to bottom: the letterhead, number and date
 * ({@link FrontMatter}), document type and summary, the preamble's legal bases, the body's section
 * tree with its task lists, targets and phases ({@link BodyBuilder}), the closing, the recipients
 * and the signature. What is not recognised stays a paragraph where it stood.
 */
public final class PlanRecognizer {

    private static final Pattern NATIONAL = Pattern.compile("^CỘNG HO?ÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE = Pattern.compile("^(KẾ HOẠCH|CHƯƠNG TRÌNH|HƯỚNG DẪN|QUYẾT ĐỊNH)(?:\\s+(.*))?$");
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*([^/]*?)\\s*/\\s*(\\S.*)$");
    private static final Pattern DATE_LINE = Pattern.compile("^([^,]{2,40}),\\s*(ngày.*năm\\s+\\d{4})\\.?$");
    private static final Pattern RULE = Pattern.compile("^[-_=–—.*\\s]{3,}$");
    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELECTRONIC = Pattern.compile("^Bản điện tử\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE = Pattern.compile("^(Lưu)\\s*:?\\s*(.+?)\\.?$");
    private static final Pattern AUTHORITY = Pattern.compile("^(T\\.?\\s?M\\.?|KT\\.?|Q\\.|TL\\.?|TUQ\\.?)\\s+(.+)$");
    private static final Pattern CLOSING = Pattern.compile("^(Trên đây là|Đề nghị|Yêu cầu các)\\b.*|.*\\./\\.$");
    private static final Pattern THEME = Pattern.compile("(?:chủ đề|chuyên đề)\\s*:?\\s*[“\"](.+?)[”\"]");
    /** A bracketed placeholder standing for a text not known yet: {@code [tên Ban Quản lý sau hợp nhất: chưa có nguồn]}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\[[^\\[\\]]+\\]$");
    /** How many lines a page may wrap a placeholder into. */
    private static final int PLACEHOLDER_LINES = 3;
    private static final Pattern PARENT = Pattern.compile("^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ|TỈNH ỦY|TỈNH UỶ)\\b");
    /** Where the words after the last legal basis of a run-on paragraph start: the issuing body that acts. */
    private static final Pattern CONTINUATION = Pattern.compile("(?<=[,.])\\s+(?=(?:Ban Quản lý|Khối|Ủy ban|UBND|Sở|Ban|Cụm)\\b)");
    private static final Pattern ISSUES_PLAN = Pattern.compile("\\b(ban hành|xây dựng|triển khai)\\b");
    private static final Pattern RECIPIENT_NOTE = Pattern.compile(
            "^(.*?)\\s*\\(((?:để\\s+)?(?:b/c|báo cáo|biết|theo dõi|t/h|thực hiện|p/h|phối hợp))\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_IN = Pattern.compile("năm\\s+(\\d{4})");

    private final SourceDocument document;
    private final ImportOptions options;
    private final Review review = new Review();

    public PlanRecognizer(SourceDocument document, ImportOptions options) {
        this.document = document;
        this.options = options == null ? ImportOptions.none() : options;
    }

    /** The plan, and the review list pointing into it. */
    public record Result(Plan plan, List<ReviewItem> review) {
    }

    public Result recognize() {
        List<Object> items = items();
        int type = -1;
        for (int i = 0; i < items.size() && i < 40; i++) {
            if (items.get(i) instanceof String s && TYPE.matcher(s).matches()) {
                type = i;
                break;
            }
        }
        if (type < 0) {
            throw new NotAPlanException("no document type line (KẾ HOẠCH) among the first paragraphs: not a plan");
        }
        // Front matter: letterhead, number, date.
        List<String> letterhead = new ArrayList<>();
        List<String> strayFront = new ArrayList<>();
        DocumentNumber number = null;
        DateLine dateLine = null;
        for (int i = 0; i < type; i++) {
            if (!(items.get(i) instanceof String line) || RULE.matcher(line).matches() || NATIONAL.matcher(line).matches()) {
                continue;
            }
            Matcher m;
            if (number == null && (m = NUMBER.matcher(line)).matches()) {
                String symbol = m.group(2).replaceAll("\\s+", "");
                number = new DocumentNumber(m.group(1).isBlank() ? null : m.group(1).strip(), symbol, line);
            } else if (dateLine == null && (m = DATE_LINE.matcher(line)).matches() && dateOf(m.group(2)) != null) {
                dateLine = new DateLine(m.group(1).strip(), dateOf(m.group(2)), line);
            } else if (isUpper(line) && number == null && dateLine == null) {
                letterhead.add(line);
            } else if (number == null && dateLine == null && placeholderEnd(items, i, type) >= 0) {
                // A name not known yet, written as a bracketed placeholder in its place on the letterhead:
                // the letterhead's line all the same (read whole when the page wrapped it).
                int end = placeholderEnd(items, i, type);
                StringBuilder placeholder = new StringBuilder(line);
                while (i < end) {
                    placeholder.append(' ').append(((String) items.get(++i)).strip());
                }
                letterhead.add(placeholder.toString());
            } else {
                strayFront.add(line);
            }
        }
        Matcher typeLine = TYPE.matcher((String) items.get(type));
        typeLine.matches();
        String documentType = typeLine.group(1);
        int cursor = type + 1;
        String summary = typeLine.group(2);
        // A two-column page read column by column may give the national title and the date after the type.
        while (cursor < items.size() && items.get(cursor) instanceof String s
                && (NATIONAL.matcher(s).matches() || dateLine == null && DATE_LINE.matcher(s).matches() && dateOf(DATE_LINE.matcher(s).replaceFirst("$2")) != null)) {
            Matcher m = DATE_LINE.matcher(s);
            if (m.matches()) {
                dateLine = new DateLine(m.group(1).strip(), dateOf(m.group(2)), s);
            }
            cursor++;
        }
        if (summary == null || summary.isBlank()) {
            summary = cursor < items.size() && items.get(cursor) instanceof String s && !isSectionStart(s) ? s : "";
            cursor++;
        }
        if (summary.isBlank()) {
            throw new NotAPlanException("the document type " + documentType + " has no summary line under it: not a plan");
        }
        // The body runs from the first Roman-numbered heading to the recipients (or the signature).
        int bodyStart = -1;
        for (int i = cursor; i < items.size(); i++) {
            if (items.get(i) instanceof String s && isSectionStart(s)) {
                bodyStart = i;
                break;
            }
        }
        if (bodyStart < 0) {
            throw new NotAPlanException("no numbered section (I., II. ...) after the summary: not a plan");
        }
        int recipientsAt = -1;
        for (int i = bodyStart; i < items.size(); i++) {
            if (items.get(i) instanceof String s && RECIPIENTS.matcher(s).matches()) {
                recipientsAt = i;
                break;
            }
        }
        int bodyEnd = recipientsAt >= 0 ? recipientsAt : signatureStart(items, bodyStart);
        Preamble preamble = preamble(items.subList(cursor, bodyStart), strayFront);
        // Closing: the unnumbered paragraphs that end the body (Trên đây là ..., Đề nghị ..., ./.).
        List<String> closing = new ArrayList<>();
        int closingStart = bodyEnd;
        while (closingStart - 1 > bodyStart && items.get(closingStart - 1) instanceof String s
                && Numbered.of(s) == null && CLOSING.matcher(s).matches()) {
            closingStart--;
        }
        // A request at the end of "Tổ chức thực hiện" written as a unit and its duty ("Đề nghị các đơn vị trong Khối ...
        // tích cực phối hợp tổ chức thực hiện ...") is that section's last unit assignment, not the closing, which opens
        // with "Trên đây là" where the plan writes one.
        while (closingStart < bodyEnd && endsCarryingOut(items, bodyStart, closingStart)) {
            closingStart++;
        }
        for (int i = closingStart; i < bodyEnd; i++) {
            closing.add((String) items.get(i));
        }
        int year = year(summary, dateLine);
        Province province = province(dateLine);
        List<Section> sections = new BodyBuilder(review, year, new ProvinceFoundingDays(province.code(), latestDate(dateLine, year)))
                .build(items.subList(bodyStart, closingStart));
        if (!closing.isEmpty()) {
            review.top("/closing", "the last " + closing.size() + " unnumbered paragraph(s) taken as the closing", 0.7,
                    "paragraphs of the last section");
        }
        // Recipients, then the signature (or the signature first, as a two-column layout may give them).
        Recipients recipients = null;
        List<String> tail = new ArrayList<>();
        for (int i = bodyEnd; i < items.size(); i++) {
            if (items.get(i) instanceof String s) {
                tail.add(s);
            }
        }
        int signatureFrom = 0;
        if (recipientsAt >= 0) {
            int[] end = new int[1];
            recipients = recipients(tail, end);
            signatureFrom = end[0];
        }
        Signature signature = signature(tail.subList(signatureFrom, tail.size()));

        IssuingBody issuer = issuer(letterhead);
        String theme = theme(summary, preamble);
        PlanKind kind = kind(summary, issuer);
        Plan plan = new Plan(Plan.SCHEMA_VERSION, options.fileName(), List.of(), province, kind, year, null, issuer, number,
                dateLine, documentType, summary, theme, preamble, sections, closing, recipients, signature, List.of());
        return new Result(plan, review.items(plan));
    }

    /** The document as a list of lines (String) and tables, text boxes and all. */
    private List<Object> items() {
        List<Object> out = new ArrayList<>();
        for (DocBlock block : document.blocks()) {
            if (block instanceof DocParagraph p) {
                String t = p.fullText().strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            } else if (block instanceof DocTable t) {
                if (BodyBuilder.isTaskTable(t)) {
                    out.add(t);
                } else {
                    // A layout table (letterhead beside the national title, recipients beside the
                    // signature): its cells column by column, each line a paragraph.
                    int columns = t.rows().stream().mapToInt(r -> t.gridRow(t.rows().indexOf(r)).size()).max().orElse(0);
                    boolean layout = columns == 2 || t.rows().size() <= 3;
                    if (layout) {
                        for (int c = 0; c < columns; c++) {
                            for (int r = 0; r < t.rows().size(); r++) {
                                List<String> row = t.gridRow(r);
                                if (c < row.size()) {
                                    addLines(out, row.get(c));
                                }
                            }
                        }
                    } else {
                        for (int r = 0; r < t.rows().size(); r++) {
                            addLines(out, String.join(" ", t.gridRow(r)).strip());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void addLines(List<Object> out, String cell) {
        for (String line : cell.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
    }

    /** Whether the paragraph at {@code at} reads as a unit's duty under a heading over who does what. */
    private static boolean endsCarryingOut(List<Object> items, int bodyStart, int at) {
        String s = (String) items.get(at);
        if (s.strip().endsWith(":") || UnitAssignments.runIn(null, s) == null) {
            return false;
        }
        for (int i = at - 1; i >= bodyStart; i--) {
            Numbered n = items.get(i) instanceof String line ? Numbered.of(line) : null;
            if (n != null && n.style() != Numbered.Style.BULLET) {
                if (n.style() == Numbered.Style.ROMAN) {
                    return BodyBuilder.carriesOut(n.rest());
                }
                if (n.looksLikeHeading(false) && BodyBuilder.carriesOut(n.rest())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSectionStart(String s) {
        Numbered n = Numbered.of(s);
        return n != null && n.style() == Numbered.Style.ROMAN;
    }

    private static int signatureStart(List<Object> items, int bodyStart) {
        int i = items.size();
        while (i - 1 > bodyStart && items.get(i - 1) instanceof String s && s.length() < 80
                && (isUpper(s) || isName(s) || AUTHORITY.matcher(s).matches())) {
            i--;
        }
        return i;
    }

    private static PartialDate dateOf(String text) {
        try {
            return VietnameseDates.parseLong(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Preamble preamble(List<Object> lines, List<String> strayFront) {
        List<LegalBasis> bases = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(strayFront);
        BasesLayout layout = BasesLayout.LINES;
        String marker = null;
        String continuation = null;
        boolean basesDone = false;
        for (Object o : lines) {
            if (!(o instanceof String line)) {
                continue;
            }
            String text = line;
            String lineMarker = null;
            if (text.startsWith("- ") || text.startsWith("+ ")) {
                lineMarker = text.substring(0, 1);
                text = text.substring(2).strip();
            }
            if (!basesDone && LegalBases.VERB.matcher(text).find()) {
                List<String> pieces = new ArrayList<>(List.of(text.split("(?<=;)\\s+")));
                if (pieces.size() > 1 || lineMarker == null && bases.isEmpty()) {
                    // One paragraph of bases: split at ';', the words after the last basis are the continuation.
                    String last = pieces.remove(pieces.size() - 1);
                    String[] split = splitContinuation(last);
                    pieces.add(split[0]);
                    if (split[1] != null) {
                        continuation = split[1];
                    }
                    layout = BasesLayout.RUN_ON;
                } else {
                    marker = lineMarker;
                }
                for (String piece : pieces) {
                    LegalBasis basis = LegalBases.read(piece);
                    bases.add(basis);
                    double confidence = basis.number() != null && basis.date() != null ? 0.85 : 0.55;
                    review.on(basis, "", "read as a legal basis: " + basis.documentKind()
                            + (basis.number() == null ? "" : " " + basis.number()), confidence, "introductory paragraph");
                }
                if (continuation != null) {
                    basesDone = true;
                    review.top("/preamble/continuation", "the words after the last legal basis in its paragraph: '"
                            + shorten(continuation) + "'", 0.7, "part of the last legal basis");
                }
            } else {
                basesDone = !bases.isEmpty();
                paragraphs.add(line);
            }
        }
        if (layout == BasesLayout.RUN_ON) {
            marker = null;
        }
        return new Preamble(bases, layout, marker, continuation, paragraphs);
    }

    /** A last legal basis and what runs on after it ("..., Ban Quản lý ... ban hành Kế hoạch ..."), or null. */
    private static String[] splitContinuation(String text) {
        Matcher m = CONTINUATION.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            if (ISSUES_PLAN.matcher(after).find()) {
                return new String[] {text.substring(0, m.start()).strip(), after.strip()};
            }
        }
        return new String[] {text, null};
    }

    private Recipients recipients(List<String> tail, int[] end) {
        String heading = tail.get(0);
        List<Recipient> entries = new ArrayList<>();
        List<Recipient> electronic = new ArrayList<>();
        String electronicHeading = null;
        List<String> texts = new ArrayList<>();
        List<String> electronicTexts = new ArrayList<>();
        int i = 1;
        for (; i < tail.size(); i++) {
            String line = tail.get(i);
            if (ELECTRONIC.matcher(line).matches()) {
                electronicHeading = line;
                continue;
            }
            List<String> target = electronicHeading == null ? texts : electronicTexts;
            if (line.startsWith("- ") || line.startsWith("+ ") || line.startsWith("• ")) {
                target.add(line.substring(2).strip());
            } else if (!target.isEmpty() && !target.get(target.size() - 1).matches(".*[;.]$")
                    && !ARCHIVE.matcher(target.get(target.size() - 1)).matches() && !isUpper(line) && !isName(line)) {
                // A recipient broken over two lines.
                target.set(target.size() - 1, target.get(target.size() - 1) + " " + line);
            } else {
                break;
            }
        }
        end[0] = i;
        texts.forEach(t -> entries.add(recipient(t)));
        electronicTexts.forEach(t -> electronic.add(recipient(t)));
        return new Recipients(heading, entries, electronicHeading, electronic);
    }

    private Recipient recipient(String text) {
        Matcher a = ARCHIVE.matcher(text);
        if (a.matches()) {
            List<String> holders = new ArrayList<>();
            for (String h : a.group(2).split("\\s*,\\s*")) {
                if (!h.isBlank()) {
                    holders.add(h.strip());
                }
            }
            return new Recipient(text, "Lưu", null, RecipientRole.ARCHIVE, holders);
        }
        String name = text.replaceAll("\\s*[;.,]+$", "").strip();
        String note = null;
        Matcher n = RECIPIENT_NOTE.matcher(name);
        if (n.matches()) {
            name = n.group(1);
            note = n.group(2);
        }
        return new Recipient(text, name.isEmpty() ? text : name, note, RecipientRole.RECIPIENT, List.of(), List.of(),
                RecipientPurposes.of(note));
    }

    private Signature signature(List<String> lines) {
        List<String> rest = new ArrayList<>(lines);
        if (rest.isEmpty()) {
            review.top("/signature", "the document has no signature block: position and name left for a person to fill", 0.0);
            return new Signature(List.of(), "(chưa rõ)", null, "(chưa rõ)");
        }
        String name = rest.remove(rest.size() - 1);
        List<Authority> authorities = new ArrayList<>();
        while (!rest.isEmpty()) {
            Matcher m = AUTHORITY.matcher(rest.get(0));
            if (!m.matches()) {
                break;
            }
            rest.remove(0);
            String written = m.group(1).strip();
            String letters = written.replaceAll("[.\\s]", "").toUpperCase(Locale.ROOT);
            AuthorityPrefix prefix = switch (letters) {
                case "TM" -> AuthorityPrefix.TM;
                case "KT" -> AuthorityPrefix.KT;
                case "Q" -> AuthorityPrefix.Q;
                case "TL" -> AuthorityPrefix.TL;
                default -> AuthorityPrefix.TUQ;
            };
            authorities.add(new Authority(prefix, written.equals(prefix.written()) ? null : written, m.group(2).strip()));
        }
        String position = rest.isEmpty() ? "(chưa rõ)" : rest.remove(0);
        String office = rest.isEmpty() ? null : String.join(" ", rest);
        if (rest.size() > 1 || !isName(name)) {
            review.top("/signature", "signature read as position '" + position + "', name '" + name + "'", 0.5,
                    "other lines of the block: " + String.join(" | ", rest));
        }
        return new Signature(authorities, position, office, name);
    }

    /**
     * The index of the line that closes a bracketed placeholder opened at {@code start}
     * ({@code [tên Ban Quản lý sau hợp nhất: chưa có nguồn]}), at most {@link #PLACEHOLDER_LINES} lines
     * on and before {@code type}, or -1 when the line opens none.
     */
    private static int placeholderEnd(List<Object> items, int start, int type) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < Math.min(type, start + PLACEHOLDER_LINES); i++) {
            if (!(items.get(i) instanceof String line) || i > start && (NUMBER.matcher(line).matches()
                    || DATE_LINE.matcher(line).matches() || NATIONAL.matcher(line).matches() || RULE.matcher(line).matches())) {
                return -1;
            }
            text.append(i > start ? " " : "").append(line.strip());
            if (line.contains("]")) {
                return PLACEHOLDER.matcher(text).matches() ? i : -1;
            }
        }
        return -1;
    }

    private IssuingBody issuer(List<String> letterhead) {
        if (letterhead.isEmpty()) {
            review.top("/issuer", "the document has no letterhead: the issuing body is left for a person to fill", 0.0);
            return new IssuingBody(null, "(chưa rõ cơ quan ban hành)", IssuerKind.BOARD, List.of());
        }
        String parent = null;
        List<String> agency = new ArrayList<>(letterhead);
        if (agency.size() > 1 && PARENT.matcher(agency.get(0)).find()) {
            parent = agency.remove(0);
        }
        String joined = String.join(" ", agency);
        IssuerKind kind = joined.startsWith("KHỐI") ? IssuerKind.BLOC
                : joined.startsWith("ỦY BAN NHÂN DÂN") || joined.startsWith("UBND") ? IssuerKind.PEOPLES_COMMITTEE
                : joined.startsWith("SỞ") ? IssuerKind.DEPARTMENT : IssuerKind.BOARD;
        if (PLACEHOLDER.matcher(joined).matches()) {
            review.top("/issuer/agency", "the agency line is a placeholder, not a name: '" + shorten(joined)
                    + "'; the issuing body's name and kind are for a person to fill", 0.2);
        }
        review.top("/issuer", "letterhead: " + (parent == null ? "no parent body" : "parent '" + parent + "'")
                + ", agency '" + joined + "' (" + kind + ")", parent == null && agency.size() > 1 ? 0.5 : 0.8,
                "the first line the parent body", "all lines the agency");
        return new IssuingBody(parent, joined, kind, agency.size() > 1 ? agency : List.of());
    }

    private String theme(String summary, Preamble preamble) {
        for (String text : concat(summary, preamble)) {
            Matcher m = THEME.matcher(text);
            if (m.find()) {
                review.top("/theme", "the quoted words after 'chủ đề'/'chuyên đề' taken as the theme", 0.7, "no theme");
                return m.group(1).replace("**", "").strip();
            }
        }
        return null;
    }

    private static List<String> concat(String summary, Preamble preamble) {
        List<String> out = new ArrayList<>();
        out.add(summary);
        if (preamble.continuation() != null) {
            out.add(preamble.continuation());
        }
        out.addAll(preamble.paragraphs());
        return out;
    }

    private int year(String summary, DateLine dateLine) {
        if (options.year() != null) {
            return options.year();
        }
        Matcher m = YEAR_IN.matcher(summary);
        Integer found = null;
        while (m.find()) {
            found = Integer.parseInt(m.group(1));
        }
        if (found != null && Plan.isYear(found)) {
            return found;
        }
        if (dateLine != null) {
            review.top("/year", "the plan's year taken from its date", 0.7);
            return dateLine.date().year();
        }
        review.top("/year", "no year in the summary or the date: the current year assumed", 0.1);
        return java.time.Year.now().getValue();
    }

    /** The last day the plan can be dated: its date, the end of its month when the day is left blank, else of its year. */
    static LocalDate latestDate(DateLine dateLine, int year) {
        PartialDate date = dateLine == null ? null : dateLine.date();
        if (date == null) {
            return LocalDate.of(year, 12, 31);
        }
        if (date.month() == null) {
            return LocalDate.of(date.year(), 12, 31);
        }
        LocalDate first = LocalDate.of(date.year(), date.month(), 1);
        return date.day() == null ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(date.day());
    }

    private Province province(DateLine dateLine) {
        if (options.provinceCode() != null) {
            return new Province(options.provinceCode(), dateLine == null ? options.provinceCode() : dateLine.place());
        }
        if (dateLine == null) {
            review.top("/province", "no place of issue: the province is left for a person to set", 0.0);
            return new Province("chua-ro", "(chưa rõ)");
        }
        String place = dateLine.place();
        String code = Normalizer.normalize(place.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        review.top("/province", "province taken from the place of issue '" + place + "'", 0.6);
        return new Province(code.isEmpty() ? "chua-ro" : code, place);
    }

    private PlanKind kind(String summary, IssuingBody issuer) {
        String s = summary.toLowerCase(Locale.ROOT);
        PlanKind kind = s.contains("chuyên đề") ? PlanKind.THEMED
                : issuer.agency().toUpperCase(Locale.ROOT).startsWith("KHỐI") || s.contains("của khối") ? PlanKind.BLOC
                : PlanKind.YEARLY;
        review.top("/kind", "plan kind " + kind + " from the summary's words", 0.6, "YEARLY", "THEMED", "BLOC", "CAMPAIGN");
        return kind;
    }

    static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }

    /** A person's name: two to six capitalised words. */
    static boolean isName(String s) {
        return s.matches("(\\p{Lu}\\p{Ll}*\\s+){1,5}\\p{Lu}\\p{Ll}*");
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
