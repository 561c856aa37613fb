package org.sirocco.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sirocco.i18n.Language;
import org.sirocco.app.Startup;
import org.sirocco.briefing.BriefingScene;
import org.sirocco.briefing.io.BriefingFile;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.map.MapView;
import org.sirocco.state.ViewState;
import org.sirocco.testing.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sample briefing's Algeria-Morocco scene exported at every size the export dialog offers, as a picture and as a
 * slide, names the three countries it is about.
 */
@ExtendWith(ApplicationExtension.class)
class ExportedMapNamesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.messages");

    private SceneRenderer renderer;
    private BriefingScene algeriaMorocco;

    @Start
    void start(Stage stage) throws IOException {
        Startup startup = Startup.load(null);
        GeoProjection projection = GeoProjection.region();
        MapView template = new MapView(new ViewState(startup.data().dataset()), projection, Language.ENGLISH.messages());
        template.setBasemap(startup.basemap());
        template.setDetailedBasemap(Startup.detailedBasemap());
        template.setCities(startup.cities());
        template.setHomeBounds(Bounds.ofLonLat(projection, -18, 9, 25, 51.5));
        renderer = new SceneRenderer(startup.data().dataset(), template, MESSAGES,
                List.of(getClass().getResource("/styles/sirocco.css").toExternalForm()));
        algeriaMorocco = BriefingFile.load(Path.of("docs/examples/sample.briefing.json")).scenes().stream()
                .filter(s -> s.name().contains("Algeria breaks with Morocco")).findFirst().orElseThrow();
    }

    @Test
    void algeriaMoroccoAndSpainAreNamedInEveryExportedPictureOfTheAlgeriaMoroccoScene() {
        for (String offered : ExportDialog.SIZES) {
            int[] size = ExportOptions.parseSize(offered);
            ExportOptions options = ExportOptions.DEFAULT.withSize(size[0], size[1]);
            for (BriefingExport.Format format : BriefingExport.Format.values()) {
                BriefingExport.Job job = new BriefingExport.Job(renderer, "Sample", List.of(algeriaMorocco), options,
                        format, MESSAGES, Locale.ENGLISH);
                int height = job.pictureHeight(0);
                SceneRenderer.Composition c = FxThread.call(() -> renderer.compose(algeriaMorocco, size[0], height,
                        SceneRenderer.scaleFor(size[0], size[1]), format == BriefingExport.Format.PNG));
                List<String> named = c.map().getCountriesNamed();
                String where = format + " at " + size[0] + "x" + height + " (map " + c.map().getWidth() + "x"
                        + c.map().getHeight() + " at x" + c.scale() + ")";
                for (String country : List.of("ALGERIA", "MOROCCO", "SPAIN")) {
                    assertTrue(named.contains(country), country + " named in the " + where + ": " + named);
                }
            }
        }
    }
}
