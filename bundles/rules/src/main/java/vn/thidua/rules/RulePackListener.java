package vn.thidua.rules;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told each time the packs the registry knows change (a pack bundle installed, updated, stopped or
 * removed, a pack file dropped, changed or deleted, a pack refused). Register it as an OSGi service;
 * the registry calls every listener after the change is in force, on the thread that made it.
 */
@ConsumerType
public interface RulePackListener {

    /** @param packs every pack known after the change, as {@link RulePackRegistry#packs()} returns them */
    void packsChanged(List<RulePackInfo> packs);
}
