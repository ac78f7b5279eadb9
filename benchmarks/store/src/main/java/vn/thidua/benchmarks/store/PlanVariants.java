package vn.thidua.benchmarks.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Province;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.store.PlanStatus;

/**
 * Plans in any number, each a realistic variant of one of the five seed fixtures: another province
 * (its name replacing the seed's everywhere it is written), another year (dates and year mentions
 * moved with it), a status and, once issued, a registered number, and reworded titles and tasks.
 * Variant {@code i} is the same on every run: it draws from a generator seeded with {@link #SEED}
 * and {@code i} only. Every variant goes through the model's strict reader, so it is a valid plan.
 */
final class PlanVariants {

    static final long SEED = 20_261_122L;

    /** About one plan in this many mentions logistics services: the rare word of the search benchmark. */
    static final int RARE_ONE_IN = 1_000;
    static final String RARE_WORD = "logistics";

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Left as the seed wrote them: the legal bases and the encoder's notes are not the board's wording. */
    private static final List<String> UNCHANGED = List.of("source", "remarks", "preamble", "number");

    /** Wordings boards use for the same thing; each is swapped in with even odds, in this order. */
    private static final List<Map.Entry<String, String>> REWORDINGS = List.of(
            Map.entry("Tổ chức", "Triển khai"),
            Map.entry("cán bộ, công chức", "cán bộ, công chức, viên chức"),
            Map.entry("hoàn thành", "thực hiện hoàn thành"),
            Map.entry("Phát động", "Tổ chức phát động"),
            Map.entry("doanh nghiệp", "doanh nghiệp trong khu công nghiệp"),
            Map.entry("kịp thời", "đúng thời gian quy định"));

    /** Sentences boards append to a task. */
    private static final List<String> ADDENDA = List.of(
            "Báo cáo kết quả về Văn phòng Ban trước ngày 15 hằng tháng.",
            "Gắn với thực hiện kế hoạch chuyển đổi số của Ban Quản lý.",
            "Phối hợp với Công đoàn các khu công nghiệp tổ chức thực hiện.",
            "Kinh phí thực hiện từ nguồn quỹ thi đua, khen thưởng của cơ quan.",
            "Lồng ghép với các hoạt động hưởng ứng Tháng Công nhân.");

    /** A plan and the status it is stored with. */
    record Variant(Plan plan, PlanStatus status) {
    }

    private record Seed(ObjectNode tree, int year, Province province, String symbol) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final PlanJson json = new PlanJson();
    private final List<Seed> seeds;
    private final List<Province> provinces = Provinces.all();

    PlanVariants() {
        this.seeds = SeedText.SEEDS.stream().map(this::seed).toList();
    }

    private Seed seed(String name) {
        Plan plan = Fixtures.plan(name);
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(json.write(plan));
            String symbol = plan.number() == null ? "KH-BQL" : plan.number().symbol();
            return new Seed(tree, plan.year(), plan.province(), symbol);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seed " + name + " does not read back as JSON", e);
        }
    }

    Variant variant(int index) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + index);
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        Province province = provinces.get(random.nextInt(provinces.size()));
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        PlanStatus status = status(random);

        ObjectNode tree = seed.tree().deepCopy();
        new Rewriter(seed, year, province, random).rewrite(tree);
        tree.set("province", mapper.createObjectNode().put("code", province.code()).put("name", province.name()));
        tree.put("year", year);
        tree.set("number", number(status, seed.symbol(), random));
        String title = tree.get("summary").asText();
        if (random.nextInt(10) < 3) {
            title += " tại các khu công nghiệp trên địa bàn tỉnh " + province.name();
        }
        if (random.nextInt(RARE_ONE_IN) == 0) {
            title += " gắn với phát triển dịch vụ " + RARE_WORD;
        }
        tree.put("summary", title);
        try {
            return new Variant(json.read(mapper.writeValueAsString(tree)), status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("variant " + index + " does not write as JSON", e);
        }
    }

    /** Issued most often, as a board's archive holds mostly issued plans. */
    private static PlanStatus status(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 55 ? PlanStatus.ISSUED : draw < 70 ? PlanStatus.VALIDATED : PlanStatus.DRAFT;
    }

    /** A registered number once issued; blank (only the symbol) before. */
    private JsonNode number(PlanStatus status, String symbol, SplittableRandom random) {
        ObjectNode number = mapper.createObjectNode();
        if (status == PlanStatus.ISSUED) {
            number.put("number", String.format("%02d", 1 + random.nextInt(180)));
        }
        number.put("symbol", symbol);
        return number;
    }

    /** Moves every text and year of the body with the plan; rewords task contents. */
    private static final class Rewriter {

        private final int seedYear;
        private final int delta;
        private final Province from;
        private final Province to;
        private final SplittableRandom random;

        Rewriter(Seed seed, int year, Province to, SplittableRandom random) {
            this.seedYear = seed.year();
            this.delta = year - seed.year();
            this.from = seed.province();
            this.to = to;
            this.random = random;
        }

        void rewrite(JsonNode node) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isTextual()) {
                        array.set(i, new TextNode(moved(array.get(i).asText())));
                    } else {
                        rewrite(array.get(i));
                    }
                }
            } else if (node instanceof ObjectNode object) {
                boolean task = object.has("content") && !object.has("type");
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    JsonNode value = object.get(name);
                    if (UNCHANGED.contains(name)) {
                        continue;
                    }
                    if (value.isTextual()) {
                        String text = moved(value.asText());
                        object.put(name, task && name.equals("content") ? reworded(text) : text);
                    } else if (value.isInt() && name.equals("year")) {
                        object.put(name, value.asInt() + delta);
                    } else {
                        rewrite(value);
                    }
                }
            }
        }

        private String moved(String text) {
            return moveYears(text, seedYear, delta)
                    .replace(from.name(), to.name())
                    .replace(from.name().toUpperCase(VIETNAMESE), to.name().toUpperCase(VIETNAMESE));
        }

        private String reworded(String content) {
            String text = content;
            for (Map.Entry<String, String> rewording : REWORDINGS) {
                if (random.nextBoolean()) {
                    text = text.replace(rewording.getKey(), rewording.getValue());
                }
            }
            if (random.nextInt(10) < 3) {
                text = text + " " + ADDENDA.get(random.nextInt(ADDENDA.size()));
            }
            return text;
        }
    }

    /** Years near the seed's year move with the plan; ISO dates too (29 February becomes the 28th). */
    static String moveYears(String text, int seedYear, int delta) {
        if (ISO_DATE.matcher(text).matches()) {
            return LocalDate.parse(text).plusYears(delta).toString();
        }
        Matcher matcher = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group());
            matcher.appendReplacement(out, Integer.toString(Math.abs(year - seedYear) <= 3 ? year + delta : year));
        }
        return matcher.appendTail(out).toString();
    }
}
