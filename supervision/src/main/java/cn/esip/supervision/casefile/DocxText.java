package cn.esip.supervision.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The paragraphs of a .docx document (WordprocessingML {@code w:p}/{@code w:t}), one line each. */
public final class DocxText {

    private static final long MAX_XML = 64L << 20;

    private DocxText() {
    }

    public static List<String> paragraphs(byte[] data) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    byte[] xml = z.readNBytes((int) MAX_XML + 1);
                    if (xml.length > MAX_XML) {
                        throw new UnreadableDocumentException(".docx body is larger than " + (MAX_XML >> 20) + " MB");
                    }
                    return parse(xml);
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt .docx: " + e.getMessage());
        }
        throw new UnreadableDocumentException(".docx without word/document.xml");
    }

    private static List<String> parse(byte[] xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        boolean inText = false;
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    inText = n.equals("t");
                    if (n.equals("tab")) {
                        p.append('\t');
                    } else if (n.equals("br")) {
                        p.append('\n');
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
                    p.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("p")) {
                        out.addAll(List.of(p.toString().split("\n", -1)));
                        p.setLength(0);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new UnreadableDocumentException("corrupt .docx XML: " + e.getMessage());
        }
        return out;
    }
}
