package vn.thidua.export.template;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import vn.thidua.plan.Plan;

/**
 * The template that documents of one format are laid out in for a plan, when the plan's rules bring
 * one. An OSGi service; an exporter takes the best ranked one, dynamically and optionally, and uses
 * its own default template when there is no service or the service has no template for the plan.
 */
@ConsumerType
public interface DocumentTemplates {

    /**
     * The template for documents of {@code format} (a format name as {@code DocumentExporter.format()}
     * gives it: {@code docx}) that applies to the plan, or empty when there is none. Never throws for a
     * plan it has nothing for.
     */
    Optional<DocumentTemplate> template(Plan plan, String format);
}
