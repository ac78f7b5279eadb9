package vn.thidua.importer.internal.document;

/** The horizontal alignment of a paragraph, when the format tells it. */
public enum Alignment {
    LEFT, CENTER, RIGHT, JUSTIFIED, UNKNOWN
}
