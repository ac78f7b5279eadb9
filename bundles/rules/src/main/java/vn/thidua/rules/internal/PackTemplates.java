package vn.thidua.rules.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.thidua.export.template.DocumentTemplate;
import vn.thidua.export.template.DocumentTemplates;
import vn.thidua.plan.Plan;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackRegistry;

/**
 * The rule packs' document templates, for the exporters: a pack may carry
 * {@code templates/plan.<format>} next to its descriptor ({@code templates/plan.docx}, the Word
 * template); the one of the pack in force for the plan's province, issuer kind, plan kind and date applies.
 */
@Component(service = DocumentTemplates.class)
public final class PackTemplates implements DocumentTemplates {

    /** A format name is a plain word, so it can never make the path climb out of the pack. */
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+");

    private final RulePackRegistry registry;

    @Activate
    public PackTemplates(@Reference RulePackRegistry registry) {
        this.registry = registry;
    }

    /** Where a pack keeps the template of documents of a format. */
    static String path(String format) {
        return "templates/plan." + format;
    }

    @Override
    public Optional<DocumentTemplate> template(Plan plan, String format) {
        if (format == null || !FORMAT.matcher(format).matches()) {
            return Optional.empty();
        }
        Optional<RulePack> pack = registry.inForce(plan.province().code(), registry.issuerOf(plan), plan.kind(),
                registry.dateOf(plan));
        return pack.flatMap(p -> p.resource(path(format))
                .map(url -> new DocumentTemplate(url, path(format) + " of rule pack " + p.info().id())));
    }
}
