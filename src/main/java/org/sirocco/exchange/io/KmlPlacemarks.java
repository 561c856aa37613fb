package org.sirocco.exchange.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the placemarks of a KML 2.2 file, or of the KML inside a KMZ, with the JDK's StAX reader: DTDs and external
 * entities are never read, so a file cannot make Sirocco read another file or the network; an entity it refers to
 * is reported and left out. A KMZ is opened with limits on its entries and on the size its KML unpacks to, so that a
 * zip bomb is refused. A TimeSpan on a Folder applies to the placemarks in it.
 */
public final class KmlPlacemarks {

    /** Entries a KMZ may hold. */
    public static final int MAX_ENTRIES = 10_000;
    /** Bytes the KML of a KMZ may unpack to. */
    public static final long MAX_KML_BYTES = 256L << 20;
    /** How many times smaller than its KML a KMZ may be: far beyond any real text, well below a bomb's. */
    public static final long MAX_RATIO = 200;

    /**
     * One placemark.
     *
     * @param points    its Point coordinates (one, or several in a MultiGeometry), each {lon, lat}
     * @param when      its TimeStamp, or null
     * @param begin     its TimeSpan's begin, or its folder's, or null
     * @param end       its TimeSpan's end, or its folder's, or null
     * @param data      its ExtendedData values by name, and its styleUrl as "styleUrl"
     * @param folders   the names of the folders it is in, outermost first
     */
    public record Placemark(int line, String id, String name, String description, List<double[]> points, String when,
            String begin, String end, Map<String, String> data, List<String> folders) {
    }

    /** Where the placemarks go. */
    public interface Handler {
        void placemark(Placemark p);

        /** Something in the file that could not be read, or was left out for safety. */
        void problem(int line, String element, String message);

        boolean stopRequested();
    }

    private final Path file;
    private final long size;
    /** Bytes of the KMZ's KML unpacked so far, an eighth of which stand for a byte of the KMZ. */
    private volatile long bytesRead;
    private volatile CountingInputStream plain;

    public KmlPlacemarks(Path file) throws IOException {
        this.file = file;
        this.size = Math.max(1, Files.size(file));
    }

    public double progress() {
        CountingInputStream in = plain;
        return Math.min(1, (in != null ? in.count() : bytesRead) / (double) size);
    }

    /** Whether {@code file}, a zip archive, holds a KML document: a KMZ. */
    public static boolean isKmz(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return kmlEntry(zip) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static ZipEntry kmlEntry(ZipFile zip) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw new IOException("a KMZ of " + zip.size() + " entries is refused (at most " + MAX_ENTRIES + ")");
        }
        ZipEntry found = null;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && name.endsWith(".kml") && (found == null || name.equals("doc.kml"))) {
                found = entry;
            }
        }
        return found;
    }

    /** Reads every placemark to {@code handler}; returns the document's name, or null. */
    public String read(Handler handler) throws IOException {
        boolean zipped;
        try (InputStream probe = Files.newInputStream(file)) {
            byte[] head = probe.readNBytes(4);
            zipped = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
        if (!zipped) {
            try (CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file),
                    1 << 16))) {
                plain = in;
                return parse(in, handler);
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = kmlEntry(zip);
            if (entry == null) {
                throw new IOException(file + ": the KMZ holds no KML document");
            }
            try (InputStream in = limited(zip.getInputStream(entry))) {
                return parse(in, handler);
            }
        }
    }

    /** The KML of a KMZ, cut off with a clear message once it unpacks past the limits. */
    private InputStream limited(InputStream in) {
        long limit = Math.min(MAX_KML_BYTES, Math.max(1L << 20, size * MAX_RATIO));
        return new FilterInputStream(new BufferedInputStream(in, 1 << 16)) {
            private long unpacked;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    unpacked += n;
                    bytesRead = (long) (size * Math.min(1.0, unpacked / (double) (size * 8)));
                    if (unpacked > limit) {
                        throw new ZipBombException(file + ": the KMZ's KML unpacks to more than "
                                + limit / (1 << 20) + " MB from a " + Math.max(1, size >> 10) + " KB file: refused "
                                + "as a possible zip bomb");
                    }
                }
                return n;
            }
        };
    }

    /** A KMZ that unpacks beyond its limits. */
    public static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipBombException(String message) {
            super(message);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not read");
        });
        return f;
    }

    /** The placemark being read, and the folders around it with their TimeSpans. */
    private static final class State {
        final Deque<String[]> folderSpans = new ArrayDeque<>();
        final Deque<String> folderNames = new ArrayDeque<>();
        boolean inPlacemark;
        int line;
        String id;
        String name;
        String description;
        List<double[]> points;
        String when;
        String begin;
        String end;
        Map<String, String> data;
        String dataName;
    }

    private String parse(InputStream in, Handler handler) throws IOException {
        String documentName = null;
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not readable as XML: " + e.getMessage(), e);
        }
        State s = new State();
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        try {
            while (xml.hasNext() && !handler.stopRequested()) {
                int event = next(xml);
                switch (event) {
                    case XMLStreamConstants.DTD -> handler.problem(xml.getLocation().getLineNumber(), "DOCTYPE",
                            "the file declares a DTD; Sirocco reads none, nor any entity it defines");
                    case XMLStreamConstants.ENTITY_REFERENCE -> handler.problem(xml.getLocation().getLineNumber(),
                            path.peek(), "the entity &" + xml.getLocalName() + "; is left out: Sirocco reads no "
                                    + "external entity or file a KML refers to");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = xml.getLocalName();
                        path.push(local);
                        text.setLength(0);
                        start(xml, local, s);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String local = path.pop();
                        String value = text.toString().strip();
                        text.setLength(0);
                        if (local.equals("name") && "Document".equals(path.peek()) && documentName == null) {
                            documentName = value;
                        }
                        end(local, value, path, s, handler);
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                    : t instanceof XMLStreamException x ? x.getNestedException() : null) {
                if (t instanceof ZipBombException bomb) {
                    throw bomb;
                }
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            handler.problem(line, path.peek(), "broken XML: " + e.getMessage().replaceAll("^ParseError at \\[[^]]*]"
                    + "\\s*Message:\\s*", "") + "; the rest of the file could not be read");
        }
        return documentName;
    }

    /**
     * The reader's next event. The JDK's reader fails on some malformed DTDs with an exception of its own making
     * (a message key it lacks): that is broken XML too.
     */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (java.util.MissingResourceException | IllegalStateException e) {
            throw new XMLStreamException("the XML cannot be read on", xml.getLocation(), e);
        }
    }

    private static void start(XMLStreamReader xml, String local, State s) {
        switch (local) {
            case "Folder", "Document" -> {
                s.folderSpans.push(s.folderSpans.isEmpty() ? new String[2] : s.folderSpans.peek().clone());
                s.folderNames.push("");
            }
            case "Placemark" -> {
                s.line = xml.getLocation().getLineNumber();
                s.id = xml.getAttributeValue(null, "id");
                s.name = null;
                s.description = null;
                s.points = new ArrayList<>(1);
                s.when = null;
                s.begin = null;
                s.end = null;
                s.data = new LinkedHashMap<>();
                s.inPlacemark = true;
            }
            case "Data", "SimpleData" -> s.dataName = xml.getAttributeValue(null, "name");
            default -> {
                // read at its end
            }
        }
    }

    private void end(String local, String value, Deque<String> path, State s, Handler handler) {
        String parent = path.peek();
        boolean inPlacemark = s.inPlacemark;
        switch (local) {
            case "name" -> {
                if (inPlacemark && "Placemark".equals(parent)) {
                    s.name = value;
                } else if ("Folder".equals(parent) && !s.folderNames.isEmpty()) {
                    s.folderNames.pop();
                    s.folderNames.push(value);
                }
            }
            case "description" -> {
                if (inPlacemark && "Placemark".equals(parent)) {
                    s.description = value;
                }
            }
            case "when" -> {
                if (inPlacemark) {
                    s.when = value;
                }
            }
            case "begin", "end" -> {
                if (inPlacemark) {
                    if (local.equals("begin")) {
                        s.begin = value;
                    } else {
                        s.end = value;
                    }
                } else if (!s.folderSpans.isEmpty()) {
                    s.folderSpans.peek()[local.equals("begin") ? 0 : 1] = value;
                }
            }
            case "coordinates" -> {
                if (inPlacemark && "Point".equals(parent)) {
                    double[] p = position(value);
                    if (p == null) {
                        handler.problem(s.line, "coordinates", "\"" + value + "\" is not longitude,latitude");
                    } else {
                        s.points.add(p);
                    }
                }
            }
            case "value" -> {
                if (inPlacemark && s.dataName != null) {
                    s.data.put(s.dataName, value);
                }
            }
            case "SimpleData" -> {
                if (inPlacemark && s.dataName != null) {
                    s.data.put(s.dataName, value);
                }
            }
            case "styleUrl" -> {
                if (inPlacemark) {
                    s.data.put("styleUrl", value);
                }
            }
            case "Placemark" -> {
                String[] inherited = s.folderSpans.isEmpty() ? new String[2] : s.folderSpans.peek();
                boolean ownTime = s.when != null || s.begin != null || s.end != null;
                List<String> folders = new ArrayList<>(s.folderNames);
                java.util.Collections.reverse(folders);
                folders.removeIf(String::isEmpty);
                handler.placemark(new Placemark(s.line, s.id, s.name, s.description, s.points, s.when,
                        ownTime ? s.begin : inherited[0], ownTime ? s.end : inherited[1], s.data, folders));
                s.inPlacemark = false;
            }
            case "Folder", "Document" -> {
                if (!s.folderSpans.isEmpty()) {
                    s.folderSpans.pop();
                    s.folderNames.pop();
                }
            }
            default -> {
                // other elements carry nothing an event uses
            }
        }
    }

    /** "lon,lat[,alt]" as {lon, lat}, or null. */
    private static double[] position(String text) {
        String[] tuple = text.strip().split("\\s+")[0].split(",");
        if (tuple.length < 2) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(tuple[0]), Double.parseDouble(tuple[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
