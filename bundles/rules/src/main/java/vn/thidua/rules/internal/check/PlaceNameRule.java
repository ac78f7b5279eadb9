package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.rules.internal.descriptor.PackDescriptor;

/** {@code place-name}: the place of the date line. Parameter: {@code places} (default: the pack's {@code issuer.places}). */
final class PlaceNameRule implements Rule {

    private final List<String> places;

    PlaceNameRule(Params params, PackDescriptor pack) {
        places = params.list("places", String.class, pack.issuer().places());
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.plan().dateLine() != null && !context.keys().any(places, context.plan().dateLine().place())) {
            findings.add("/dateLine/place", "Địa danh ở dòng ngày tháng không đúng", Texts.or(places),
                    Texts.quoted(context.plan().dateLine().place()));
        }
    }
}
