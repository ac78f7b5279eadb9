package vn.thidua.export.pdf.internal;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The rendered XHTML as a DOM, parsed with one factory for the life of the exporter. Given the
 * text, OpenHTMLtoPDF looks up a new SAX parser, document builder factory and transformer factory
 * for every document and copies the SAX events into a DOM; that was about a tenth of an export in
 * Karaf. The factory is set up as OpenHTMLtoPDF sets up its own (namespaces, no validation, no
 * external entities or DTDs, secure processing), and the DOM gives the same bytes
 * ({@code PdfExporterTest.measuringByGlyphWidthsChangesNoByte} compares with OpenHTMLtoPDF's parsing).
 */
final class XhtmlDom {

    private final DocumentBuilderFactory factory;

    XhtmlDom() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        try {
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    /** The document of {@code xhtml}, which HtmlBody writes well-formed. */
    Document parse(String xhtml) {
        try {
            // A builder is not thread-safe; the factory's configuration is read only.
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the rendered XHTML is not well-formed", e);
        }
    }
}
