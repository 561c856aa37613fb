package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.io.FileKind;
import org.sirocco.exchange.io.KmlPlacemarks;

/**
 * KML 2.2 and KMZ: each Placemark with a Point becomes an event, dated by its TimeStamp or TimeSpan (or its
 * folder's) at the precision written, titled by its name, told by its description, and mapped from its ExtendedData
 * by common names, as GeoJSON properties are.
 */
final class KmlDriver implements ImportDriver {

    @Override
    public ImportFormat format() {
        return ImportFormat.KML;
    }

    @Override
    public boolean identifies(FileHead head) {
        return head.kind() == FileKind.KML || head.kind() == FileKind.ZIP && KmlPlacemarks.isKmz(head.file());
    }

    @Override
    public ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException {
        KmlPlacemarks placemarks = new KmlPlacemarks(file);
        RecordMapping mapping = new RecordMapping(file.getFileName().toString(), "kml", settings, context);
        return new ImportReader() {
            private final Set<String> names = new LinkedHashSet<>(List.of("name", "description", "TimeStamp",
                    "TimeSpan"));

            @Override
            public void read(ImportSink sink) throws IOException {
                placemarks.read(new KmlPlacemarks.Handler() {
                    @Override
                    public void placemark(KmlPlacemarks.Placemark p) {
                        names.addAll(p.data().keySet());
                        Map<String, Object> props = new HashMap<>(p.data());
                        mapping.map(p.line(), p.points(), role -> switch (role) {
                            case TITLE -> p.name() != null && !p.name().isBlank() ? p.name()
                                    : GeoJsonDriver.property(props, role);
                            case SUMMARY -> p.description() != null ? p.description()
                                    : GeoJsonDriver.property(props, role);
                            case ID -> p.id() != null ? p.id() : GeoJsonDriver.property(props, role);
                            default -> GeoJsonDriver.property(props, role);
                        }, p.when() != null ? p.when() : p.begin(), p.when() != null ? null : p.end(), sink);
                    }

                    @Override
                    public void problem(int line, String element, String message) {
                        sink.warning(line, element, message);
                    }

                    @Override
                    public boolean stopRequested() {
                        return sink.stopRequested();
                    }
                });
            }

            @Override
            public double progress() {
                return placemarks.progress();
            }

            @Override
            public FileDescription description() {
                return new FileDescription("KML placemarks", "2016-02-18", List.copyOf(names), List.of(
                        new String[] {"title", "name"}, new String[] {"summary", "description"},
                        new String[] {"date", "TimeStamp when, or TimeSpan begin and end"}));
            }

            @Override
            public void close() {
                // the placemarks reader closes its file as it finishes
            }
        };
    }
}
