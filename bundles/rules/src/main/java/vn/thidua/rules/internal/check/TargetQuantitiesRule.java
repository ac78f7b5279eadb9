package vn.thidua.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.plan.Growth;
import vn.thidua.plan.Quantity;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetCategory;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.text.VietnameseNumbers;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code target-quantities}: targets under the given headings carry a value and a unit, the value
 * is the number written, and a growth compares with the year before. Parameters: {@code categories}
 * (default {@code [SOCIO_ECONOMIC]}), {@code growthBaseYearOffset} (default -1).
 */
final class TargetQuantitiesRule implements Rule {

    private final List<TargetCategory> categories;
    private final int growthBaseYearOffset;

    TargetQuantitiesRule(Params params, PackDescriptor pack) {
        categories = params.list("categories", TargetCategory.class, List.of(TargetCategory.SOCIO_ECONOMIC));
        growthBaseYearOffset = params.get("growthBaseYearOffset", Integer.class, -1);
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<Target> located : context.walk().targets()) {
            Target target = located.value();
            // schema 2 lets a plan leave its targets ungrouped: a list without a category is none of the pack's
            TargetCategory category = ((TargetList) located.container()).category();
            if (category == null || !categories.contains(category)) {
                continue;
            }
            Quantity quantity = target.quantity();
            if (quantity == null) {
                findings.add(located.at("quantity"), "Chỉ tiêu không có giá trị và đơn vị", "giá trị kèm đơn vị (ví dụ “200 ha”)",
                        Texts.quoted(target.text()));
                continue;
            }
            number(findings, located.at("quantity/value"), quantity.value(), quantity.valueText());
            Growth growth = target.growth();
            if (growth != null) {
                number(findings, located.at("growth/percent"), growth.percent(), growth.percentText());
                int base = context.year() + growthBaseYearOffset;
                if (growth.baseYear() != base) {
                    findings.add(located.at("growth/baseYear"), "Mức tăng trưởng so với năm gốc không đúng", "so với năm " + base,
                            "so với năm " + growth.baseYear());
                }
            }
        }
    }

    private static void number(Findings findings, String pointer, BigDecimal value, String written) {
        BigDecimal parsed;
        try {
            parsed = VietnameseNumbers.parse(written);
        } catch (IllegalArgumentException e) {
            findings.add(pointer, "Số viết không đúng cách viết số tiếng Việt", "số như “1,2” hoặc “540.000”", Texts.quoted(written));
            return;
        }
        if (parsed.compareTo(value) != 0) {
            findings.add(pointer, "Giá trị không khớp với số đã viết", Texts.quoted(written) + " = " + parsed.toPlainString(),
                    value.toPlainString());
        }
    }
}
