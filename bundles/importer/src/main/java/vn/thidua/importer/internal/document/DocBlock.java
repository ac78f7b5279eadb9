package vn.thidua.importer.internal.document;

/** A block of the neutral document every reader produces: a paragraph or a table. */
public sealed interface DocBlock permits DocParagraph, DocTable {
}
