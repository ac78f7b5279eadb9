package vn.thidua.importer.internal.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.Alignment;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.importer.internal.document.SourceDocument;

/**
 * Plain text or Markdown, as the seeds are: one paragraph a line (blank lines between or not),
 * Markdown headings and emphasis taken off (a heading or a line in bold is marked bold), lines of
 * tab-separated cells read as a table, lines broken mid-sentence joined back ({@link LineJoiner}).
 */
public final class TextReader {

    private static final Pattern HEADING = Pattern.compile("^\\s*#+\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("</?[ibu]>|\\*+");
    private static final Pattern ALL_BOLD = Pattern.compile("^\\*\\*[^*]+(\\*\\*)?$|^[^*]+\\*\\*$");

    private TextReader() {
    }

    public static SourceDocument read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the text is not UTF-8 (at byte " + firstBadByte(bytes) + ")", e);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the text holds NUL characters: a binary file, not text", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return fromLines("text", List.of(Normalizer.normalize(text, Normalizer.Form.NFC).split("\\r?\\n|\\r", -1)));
    }

    /** Lines (of a text file, or extracted from a PDF) into paragraphs and tables. */
    static SourceDocument fromLines(String format, List<String> rawLines) {
        List<DocBlock> blocks = new ArrayList<>();
        List<DocParagraph> pending = new ArrayList<>();
        List<List<DocTable.Cell>> table = new ArrayList<>();
        for (String raw : rawLines) {
            String line = raw.replace('\u00A0', ' ');
            if (line.indexOf('\t') >= 0 && !line.isBlank()) {
                flush(blocks, pending);
                List<DocTable.Cell> row = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    row.add(new DocTable.Cell(unmark(cell).strip(), 1, false));
                }
                table.add(row);
                continue;
            }
            if (!table.isEmpty()) {
                blocks.add(new DocTable(table));
                table = new ArrayList<>();
            }
            if (line.isBlank()) {
                continue;
            }
            boolean heading = HEADING.matcher(line).find();
            String content = HEADING.matcher(line).replaceFirst("").strip();
            boolean bold = heading || ALL_BOLD.matcher(content).matches()
                    || (!pending.isEmpty() && pending.get(pending.size() - 1).bold() && content.endsWith("**"));
            String text = unmark(content).strip();
            if (text.isEmpty()) {
                continue;
            }
            pending.add(new DocParagraph(text, null, null, Alignment.UNKNOWN, bold, false));
        }
        if (!table.isEmpty()) {
            flush(blocks, pending);
            blocks.add(new DocTable(table));
        }
        flush(blocks, pending);
        return new SourceDocument(format, blocks);
    }

    private static void flush(List<DocBlock> blocks, List<DocParagraph> pending) {
        List<DocParagraph> joined = new ArrayList<>();
        for (DocParagraph p : pending) {
            if (!joined.isEmpty() && !p.bold() && !joined.get(joined.size() - 1).bold()
                    && LineJoiner.continues(joined.get(joined.size() - 1).text(), p.text())) {
                DocParagraph last = joined.remove(joined.size() - 1);
                joined.add(last.withText(last.text().stripTrailing() + " " + p.text()));
            } else {
                joined.add(p);
            }
        }
        blocks.addAll(joined);
        pending.clear();
    }

    static String unmark(String text) {
        return EMPHASIS.matcher(text).replaceAll("").replaceAll("[ ]{2,}$", "");
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
