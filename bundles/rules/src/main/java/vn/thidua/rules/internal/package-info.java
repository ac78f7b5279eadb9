/**
 * The rule engine behind {@link vn.thidua.rules.RulePackRegistry}: the extender that finds pack
 * descriptors in bundles (this bundle provides the {@code osgi.extender} capability packs require),
 * the watched folder, the catalog that chooses the pack in force. Not exported.
 */
@Capability(namespace = "osgi.extender", name = "vn.thidua.rulepack", version = "1.0.0")
package vn.thidua.rules.internal;

import org.osgi.annotation.bundle.Capability;
