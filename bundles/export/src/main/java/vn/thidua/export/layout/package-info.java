/**
 * What every exporter lays out, built once from a plan: the letterhead, title, legal bases, body
 * pieces (headings, paragraphs, list items, task tables and field lines), recipients and signature
 * ({@link vn.thidua.export.layout.Outline}), and the escaped HTML body that the HTML and PDF
 * exporters dress with their own stylesheet ({@link vn.thidua.export.layout.HtmlBody}), and the blanks a
 * draft leaves for the signed number ({@link vn.thidua.export.layout.Blanks}, since 1.2).
 */
@Export
@Version("1.2.0")
package vn.thidua.export.layout;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
