package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.publication.config.PublicationProperties;
import cn.govdisclosure.publication.query.PublicationFeedEntry;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the Atom feed (RFC 4287). Every text goes through the XML writer, which escapes it: agency names and
 * correction reasons come from agencies. An entry's id names the published version, so it never changes once given.
 */
@Component
class PublicationFeed {

    static final MediaType MEDIA_TYPE = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final String FEED_ID = "urn:govdisclosure:publications";
    static final String TITLE = "政府信息公开工作年度报告 公开与更正";

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String publicBaseUrl;

    PublicationFeed(PublicationProperties properties) {
        this.publicBaseUrl = properties.publicBaseUrl();
    }

    static String entryId(String creditCode, int year, int version) {
        return "urn:govdisclosure:publication:" + creditCode + ":" + year + ":v" + version;
    }

    static String title(PublicationFeedEntry entry) {
        String title = entry.agencyName() + entry.year() + "年政府信息公开工作年度报告";
        return entry.correction() ? title + "（更正，第" + entry.version() + "版）" : title;
    }

    byte[] write(List<PublicationFeedEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", FEED_ID);
            text(xml, "title", TITLE);
            text(xml, "updated", timestamp(entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt()));
            link(xml, "self", publicBaseUrl + "/portal/feed.atom");
            link(xml, "alternate", publicBaseUrl + "/portal/");
            for (PublicationFeedEntry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the publication feed", e);
        }
        return bytes.toByteArray();
    }

    private void entry(XMLStreamWriter xml, PublicationFeedEntry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", entryId(entry.creditCode(), entry.year(), entry.version()));
        text(xml, "title", title(entry));
        link(xml, "alternate", entry.url());
        text(xml, "updated", timestamp(entry.publishedAt()));
        text(xml, "published", timestamp(entry.publishedAt()));
        xml.writeStartElement("author");
        text(xml, "name", entry.agencyName());
        xml.writeEndElement();
        text(xml, "summary", summary(entry));
        if (entry.correction()) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(entry.correctionReason());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String summary(PublicationFeedEntry entry) {
        String report = entry.agencyName() + entry.year() + "年度政府信息公开工作年度报告";
        return entry.correction()
                ? "更正" + report + "第" + (entry.version() - 1) + "版，公开为第" + entry.version() + "版。更正原因："
                        + entry.correctionReason()
                : "公开" + report + "（第" + entry.version() + "版）。";
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
