package vn.thidua.importer.internal.document;

import java.util.List;

/** A document as the readers give it: its blocks in reading order, and the format they came from. */
public record SourceDocument(String format, List<DocBlock> blocks) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
