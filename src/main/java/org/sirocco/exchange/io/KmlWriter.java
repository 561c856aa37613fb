package org.sirocco.exchange.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sirocco.data.Category;
import org.sirocco.data.Count;
import org.sirocco.data.DatePrecision;
import org.sirocco.data.Event;
import org.sirocco.data.Place;
import org.sirocco.data.Source;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.io.AtomicFile;
import org.sirocco.symbols.CategorySymbols;

/**
 * Writes events as KML 2.2 for Google Earth: a folder per category, a style per category in the app's colours, and
 * a Placemark per event with a TimeStamp (or a TimeSpan for events of several days) at the event's own precision,
 * so that the time slider plays them; the description gives the summary and the sources, ExtendedData the fields.
 */
public final class KmlWriter {

    private static final String NS = "http://www.opengis.net/kml/2.2";

    private KmlWriter() {
    }

    /** @param credits credit lines the data's terms ask for, put in the document's description */
    public static void write(Path file, String name, List<String> credits, EventsFileWriter.EventSource events)
            throws IOException {
        // Placemarks go in their category's folder: gathered first, a category at a time.
        Map<Category, List<Event>> byCategory = new EnumMap<>(Category.class);
        events.forEach(e -> byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e));
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("kml");
                xml.writeDefaultNamespace(NS);
                xml.writeStartElement("Document");
                text(xml, "name", name);
                if (!credits.isEmpty()) {
                    text(xml, "description", "Data: " + String.join("; ", credits));
                }
                for (Category c : Category.values()) {
                    style(xml, c);
                }
                for (Map.Entry<Category, List<Event>> group : byCategory.entrySet()) {
                    xml.writeStartElement("Folder");
                    text(xml, "name", group.getKey().id());
                    for (Event e : group.getValue()) {
                        placemark(xml, e);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
            out.write('\n');
            out.flush();
        });
    }

    private static void style(XMLStreamWriter xml, Category c) throws XMLStreamException {
        xml.writeStartElement("Style");
        xml.writeAttribute("id", "category-" + c.id());
        xml.writeStartElement("IconStyle");
        text(xml, "color", kmlColor(CategorySymbols.defaultColor(c)));
        xml.writeStartElement("Icon");
        text(xml, "href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** KML writes colours as aabbggrr. */
    static String kmlColor(Color c) {
        return String.format(Locale.ROOT, "ff%02x%02x%02x", Math.round(c.getBlue() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getRed() * 255));
    }

    private static void placemark(XMLStreamWriter xml, Event e) throws XMLStreamException {
        xml.writeStartElement("Placemark");
        xml.writeAttribute("id", e.id());
        text(xml, "name", e.title());
        text(xml, "description", description(e));
        DatePrecision p = e.precision();
        if (e.hasEndDate()) {
            xml.writeStartElement("TimeSpan");
            text(xml, "begin", p.format(e.start()));
            text(xml, "end", p.format(e.end()));
            xml.writeEndElement();
        } else {
            xml.writeStartElement("TimeStamp");
            text(xml, "when", p.format(e.start()));
            xml.writeEndElement();
        }
        text(xml, "styleUrl", "#category-" + e.category().id());
        xml.writeStartElement("ExtendedData");
        data(xml, "id", e.id());
        data(xml, "category", e.category().id());
        data(xml, "subtype", e.subtype());
        data(xml, "date", p.format(e.start()));
        data(xml, "datePrecision", p.id());
        data(xml, "place", e.primaryPlace().name());
        data(xml, "country", e.primaryPlace().country());
        data(xml, "perpetrators", String.join("; ", e.perpetrators()));
        data(xml, "agencies", String.join("; ", e.agencies()));
        data(xml, "killed", count(e.killed()));
        data(xml, "injured", count(e.injured()));
        data(xml, "arrested", count(e.arrested()));
        data(xml, "confidence", e.confidence().id());
        xml.writeEndElement();
        if (e.places().size() == 1) {
            point(xml, e.primaryPlace());
        } else {
            xml.writeStartElement("MultiGeometry");
            for (Place place : e.places()) {
                point(xml, place);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String description(Event e) {
        StringBuilder b = new StringBuilder(e.summary());
        b.append("\n\nSources:");
        for (Source s : e.sources()) {
            b.append("\n- ").append(s.title()).append(", ").append(s.publisher());
            if (s.date() != null) {
                b.append(", ").append(s.date());
            }
            if (s.url() != null) {
                b.append(": ").append(s.url());
            }
        }
        return b.toString();
    }

    private static String count(Count c) {
        return c.isKnown() ? c.toString().replace('\u2013', '-') : "";
    }

    private static void point(XMLStreamWriter xml, Place p) throws XMLStreamException {
        xml.writeStartElement("Point");
        text(xml, "coordinates", p.lon() + "," + p.lat());
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("Data");
        xml.writeAttribute("name", name);
        text(xml, "value", value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
