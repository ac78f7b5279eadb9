/**
 * The province-level units of Vietnam over time, and their lineage: which unit a code names on a
 * date, what a dissolved unit became, which units a merged one absorbed. Shipped as data
 * ({@code provinces.json} next to these classes, each record with its sources), read through
 * {@link vn.thidua.plan.province.ProvinceLineage#standard()}.
 */
@Export
@Version("1.0.0")
package vn.thidua.plan.province;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
