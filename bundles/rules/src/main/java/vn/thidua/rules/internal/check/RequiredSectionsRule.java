package vn.thidua.rules.internal.check;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Pattern;

import vn.thidua.plan.Section;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.OutlineSection;

/**
 * {@code required-sections}: the top-level sections the province writes, each with its number, in
 * order. Parameters: {@code sections} (default: the pack's {@code outline}), {@code ordered}
 * (default true), {@code allowOthers} (default false: a top-level section outside the outline is a finding).
 */
final class RequiredSectionsRule implements Rule {

    private final List<OutlineSection> sections;
    private final List<List<Pattern>> accepted = new ArrayList<>();
    private final boolean ordered;
    private final boolean allowOthers;

    RequiredSectionsRule(Params params, PackDescriptor pack) {
        sections = params.list("sections", OutlineSection.class, pack.outline());
        if (sections.isEmpty()) {
            throw params.invalid("sections", "names no section (and the pack has no outline)");
        }
        ordered = params.get("ordered", Boolean.class, true);
        allowOthers = params.get("allowOthers", Boolean.class, false);
        // Where the accepted headings were written: this rule's parameter, else the pack's outline.
        String outline = params.given("sections") ? params.pointer("sections") : "/outline";
        for (int k = 0; k < sections.size(); k++) {
            OutlineSection section = sections.get(k);
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(Pattern.compile(Pattern.quote(Texts.key(section.heading()))));
            for (int j = 0; j < section.accept().size(); j++) {
                patterns.add(PackRegex.compile(section.accept().get(j), Pattern.CASE_INSENSITIVE,
                        outline + "/" + k + "/accept/" + j));
            }
            accepted.add(patterns);
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        List<Located<Section>> top = context.walk().sections().stream().filter(s -> s.depth() == 0).toList();
        int[] matchedBy = new int[top.size()];
        java.util.Arrays.fill(matchedBy, -1);
        int previous = -1;
        for (int k = 0; k < sections.size(); k++) {
            OutlineSection expected = sections.get(k);
            int at = find(context.keys(), top, matchedBy, k);
            if (at < 0) {
                findings.add("/sections", "Thiếu mục bắt buộc " + expected.number() + " " + expected.heading(),
                        Texts.quoted(expected.number() + " " + expected.heading()),
                        "các mục " + Texts.quotedAll(top.stream().map(s -> title(s.value())).toList()));
                continue;
            }
            matchedBy[at] = k;
            Located<Section> section = top.get(at);
            if (ordered && at < previous) {
                String before = Texts.quoted(title(top.get(previous).value()));
                findings.add(section.pointer(), "Mục " + Texts.quoted(expected.heading()) + " không đúng thứ tự",
                        "đứng sau " + before, "đứng trước " + before);
            }
            previous = Math.max(previous, at);
            if (!context.keys().same(section.value().number(), expected.number())) {
                findings.add(section.at("number"), "Số thứ tự của mục " + Texts.quoted(expected.heading()) + " sai",
                        Texts.quoted(expected.number()), Texts.quoted(section.value().number()));
            }
        }
        if (!allowOthers) {
            for (int i = 0; i < top.size(); i++) {
                if (matchedBy[i] < 0) {
                    findings.add(top.get(i).at("heading"), "Mục không có trong dàn ý của tỉnh",
                            "một trong " + Texts.quotedAll(sections.stream().map(s -> s.heading()).toList()),
                            Texts.quoted(title(top.get(i).value())));
                }
            }
        }
    }

    private int find(TextKeys keys, List<Located<Section>> top, int[] matchedBy, int k) {
        for (int i = 0; i < top.size(); i++) {
            if (matchedBy[i] < 0 && matches(keys, k, top.get(i).value().heading())) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(TextKeys keys, int k, String heading) {
        String key = keys.of(heading);
        return accepted.get(k).stream().anyMatch(p -> PackRegex.matches(p, key));
    }

    private static String title(Section section) {
        return ((section.number() == null ? "" : section.number() + " ")
                + (section.heading() == null ? "" : section.heading())).strip();
    }
}
