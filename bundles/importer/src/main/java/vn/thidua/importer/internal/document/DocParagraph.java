package vn.thidua.importer.internal.document;

import java.text.Normalizer;

/**
 * One paragraph of a document.
 *
 * @param text its text, NFC, without the automatic numbering
 * @param numbering the label automatic numbering gives it ({@code I.}, {@code 1.}, {@code a)}, {@code -}), or null
 * @param style the paragraph style's id, or null
 * @param alignment its alignment
 * @param bold whether all its text is bold (or it is a heading)
 * @param textBox whether it sits in a text box (a letterhead's, typically)
 */
public record DocParagraph(String text, String numbering, String style, Alignment alignment, boolean bold,
        boolean textBox) implements DocBlock {

    public DocParagraph {
        text = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        alignment = alignment == null ? Alignment.UNKNOWN : alignment;
    }

    public static DocParagraph plain(String text) {
        return new DocParagraph(text, null, null, Alignment.UNKNOWN, false, false);
    }

    /** The text with its numbering label in front, as the reader sees it. */
    public String fullText() {
        return numbering == null || numbering.isEmpty() ? text : numbering + " " + text;
    }

    public DocParagraph withText(String newText) {
        return new DocParagraph(newText, numbering, style, alignment, bold, textBox);
    }
}
