package org.sirocco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Category;
import org.sirocco.data.Event;
import org.sirocco.data.EventSelection;
import org.sirocco.data.EventStore;
import org.sirocco.data.TestEvents;
import org.sirocco.geo.Bounds;
import org.sirocco.geo.GeoProjection;
import org.sirocco.geo.MapViewport;

class ClustersTest {

    private final GeoProjection projection = GeoProjection.region();

    private EventLayer randomLayer(int n, long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // a dense Sahel cluster and a sparse scatter over the Maghreb
            boolean sahel = random.nextBoolean();
            double lat = sahel ? 14 + random.nextGaussian() * 0.6 : 28 + random.nextDouble() * 8;
            double lon = sahel ? 0 + random.nextGaussian() * 0.8 : -8 + random.nextDouble() * 18;
            events.add(TestEvents.event("e" + i, "2015-01-01", Category.ofOrdinal(random.nextInt(Category.count())),
                    "ML", lat, lon));
        }
        return new EventLayer(EventStore.of(events), projection, null);
    }

    @Test
    void clusterCountsAddUpToTheVisibleEventsInView() {
        EventLayer layer = randomLayer(3_000, 1);
        EventSelection visible = EventSelection.range(3_000, 0, 2_000); // a time window keeping two thirds
        for (double mpp : new double[] {20_000, 5_000, 1_000, 200}) {
            double[] centre = projection.project(2, 20);
            MapViewport vp = new MapViewport(centre[0], centre[1], mpp);
            Clusters.Result r = Clusters.of(layer, visible, vp, 1000, 700, 22);
            int inView = 0;
            Bounds view = vp.visibleBounds(1000, 700);
            int sum = 0;
            for (Clusters.Cluster c : r.clusters()) {
                assertTrue(c.count() >= 2);
                int byCategory = 0;
                for (int n : c.byCategory()) {
                    byCategory += n;
                }
                assertEquals(c.count(), byCategory, "categories add up");
                sum += c.count();
            }
            sum += r.singles().size();
            assertEquals(r.events(), sum, "result total at " + mpp);
            // every visible event in view is counted once, give or take the cells straddling the edge
            for (int i = 0; i < 2_000; i++) {
                if (view.contains(layer.x[i], layer.y[i])) {
                    inView++;
                }
            }
            assertEquals(inView, r.events(), inView * 0.05 + 3, "events in view at " + mpp);
        }
    }

    @Test
    void noTwoMarkersDrawnOnTheirOwnOverlap() {
        EventLayer layer = randomLayer(3_000, 4);
        double[] centre = projection.project(2, 20);
        for (double mpp : new double[] {8_000, 2_000, 500}) {
            MapViewport vp = new MapViewport(centre[0], centre[1], mpp);
            List<Clusters.Cluster> singles = Clusters.of(layer, EventSelection.all(3_000), vp, 1000, 700, 22)
                    .singles();
            for (int i = 0; i < singles.size(); i++) {
                for (int j = i + 1; j < singles.size(); j++) {
                    double d = Math.hypot(singles.get(i).x() - singles.get(j).x(),
                            singles.get(i).y() - singles.get(j).y()) / mpp;
                    assertTrue(d >= 22, "markers " + d + " px apart at " + mpp);
                }
            }
        }
    }

    @Test
    void clustersSplitAsTheMapZoomsIn() {
        EventLayer layer = randomLayer(2_000, 2);
        EventSelection all = EventSelection.all(2_000);
        double[] centre = projection.project(0, 14);
        int singlesFar = Clusters.of(layer, all, new MapViewport(centre[0], centre[1], 10_000), 1000, 700, 22)
                .singles().size();
        int singlesNear = Clusters.of(layer, all, new MapViewport(centre[0], centre[1], 300), 1000, 700, 22)
                .singles().size();
        assertTrue(singlesNear > singlesFar, singlesNear + " > " + singlesFar);
    }

    @Test
    void clustersHoldStillWhileTheMapPans() {
        EventLayer layer = randomLayer(1_500, 3);
        EventSelection all = EventSelection.all(1_500);
        double[] centre = projection.project(0, 14);
        MapViewport vp = new MapViewport(centre[0], centre[1], 3_000);
        Clusters.Result before = Clusters.of(layer, all, vp, 1000, 700, 22);
        Clusters.Result after = Clusters.of(layer, all, vp.pannedBy(7, 5), 1000, 700, 22);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        before.clusters().stream().filter(c -> vp.pannedBy(7, 5).visibleBounds(1000, 700).contains(c.x(), c.y()))
                .forEach(c -> a.add(c.x() + "," + c.y() + "," + c.count()));
        after.clusters().stream().filter(c -> vp.visibleBounds(1000, 700).contains(c.x(), c.y()))
                .forEach(c -> b.add(c.x() + "," + c.y() + "," + c.count()));
        a.sort(null);
        b.sort(null);
        assertEquals(a, b, "clusters seen in both views are the same clusters");
    }
}
