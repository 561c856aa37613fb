package org.sirocco.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.io.FileKind;
import org.sirocco.exchange.io.GeoJsonFeatures;

/**
 * GeoJSON FeatureCollections of Point and MultiPoint features. A feature of Sirocco's own export carries a whole
 * event in its properties and comes back as it was; any other feature is mapped by its properties' common names.
 */
final class GeoJsonDriver implements ImportDriver {

    @Override
    public ImportFormat format() {
        return ImportFormat.GEOJSON;
    }

    @Override
    public boolean identifies(FileHead head) {
        return head.kind() == FileKind.GEOJSON;
    }

    @Override
    public ImportReader open(Path file, ImportSettings settings, ImportContext context) throws IOException {
        GeoJsonFeatures features = new GeoJsonFeatures(file);
        RecordMapping mapping = new RecordMapping(file.getFileName().toString(), "geojson", settings, context);
        return new ImportReader() {
            private final Set<String> properties = new LinkedHashSet<>();
            private boolean own;
            private boolean foreign;

            @Override
            public void read(ImportSink sink) throws IOException {
                features.read(new GeoJsonFeatures.Handler() {
                    @Override
                    public void feature(GeoJsonFeatures.Feature f) {
                        properties.addAll(f.properties().keySet());
                        if (f.eventJson() != null) {
                            own = true;
                            sink.eventJson(f.line(), f.eventJson(), f.eventId());
                            return;
                        }
                        foreign = true;
                        Map<String, Object> props = f.properties();
                        mapping.map(f.line(), f.points(), role -> role == ColumnRole.ID && f.id() != null ? f.id()
                                : property(props, role), f.whenStart(), f.whenEnd(), sink);
                    }

                    @Override
                    public void broken(int line, String member, String message) {
                        sink.skipped(line, SkipReason.UNREADABLE, member, message);
                    }

                    @Override
                    public boolean stopRequested() {
                        return sink.stopRequested();
                    }
                });
            }

            @Override
            public double progress() {
                return features.progress();
            }

            @Override
            public FileDescription description() {
                String layout = own && !foreign ? "Sirocco's own GeoJSON export: events come back whole"
                        : own ? "GeoJSON: Sirocco's own features and others" : "GeoJSON features";
                List<String[]> map = new ArrayList<>();
                if (foreign) {
                    ColumnRole.guess(List.copyOf(properties))
                            .forEach((role, name) -> map.add(new String[] {role.name().toLowerCase(Locale.ROOT), name}));
                }
                return new FileDescription(layout, "2016-02-18", List.copyOf(properties), map);
            }

            @Override
            public void close() {
                // the features reader closes its file as it finishes
            }
        };
    }

    /** The first of the role's common names the properties give, in any case. */
    static Object property(Map<String, Object> props, ColumnRole role) {
        for (String name : role.commonNames()) {
            for (Map.Entry<String, Object> p : props.entrySet()) {
                if (p.getKey().equalsIgnoreCase(name) && p.getValue() != null) {
                    return p.getValue();
                }
            }
        }
        return null;
    }
}
