package org.sirocco.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sirocco.data.Actor;

/** An events file may describe actors the glossary lacks (an import adds them), before the events naming them. */
class DatasetOwnActorsTest {

    private static final String EVENT = """
            {"id": "ml-2016-02-gao", "date": "2016-02-18", "datePrecision": "day", "category": "attack",
             "subtype": "armed_assault", "title": "Attack in Gao", "summary": "An attack.",
             "places": [{"name": "Gao", "country": "ML", "lat": 16.27, "lon": -0.04, "precision": "town"}],
             "perpetrators": ["Katiba Serma"], "states": [], "agencies": [], "killed": null, "injured": null,
             "arrested": null, "sources": [{"title": "ACLED event MLI1", "publisher": "ACLED", "date": null,
             "url": null}], "confidence": "medium"}""";
    private static final String ACTORS = """
            "actors": [{"name": "Katiba Serma", "fullName": "Katiba Serma", "kind": "group",
                        "description": "Imported from ACLED."}]""";

    private static LoadResult read(String json) {
        return new DatasetReader(Set.of("AQIM")).read("f.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eventsMayNameTheActorsTheFileDescribesBeforeThem() {
        LoadResult r = read("{\"schemaVersion\": 1, \"name\": \"x\", " + ACTORS + ", \"events\": [" + EVENT + "]}");
        assertTrue(r.isClean(), r.problems()::toString);
        assertEquals(List.of(new Actor("Katiba Serma", "Katiba Serma", "group", "Imported from ACLED.")),
                r.dataset().actors());
        assertEquals(null, r.dataset().store().event(0).sources().get(0).url(), "a source with no address");
    }

    @Test
    void actorsAfterTheEventsAreReportedAndTheirEventsRejected() {
        LoadResult r = read("{\"schemaVersion\": 1, \"name\": \"x\", \"events\": [" + EVENT + "], " + ACTORS + "}");
        assertEquals(0, r.dataset().store().size());
        assertTrue(r.problems().stream().anyMatch(p -> "actors".equals(p.field())
                && p.message().contains("before events")), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("unknown actor \"Katiba Serma\"")));
    }

    @Test
    void aBadActorIsReportedWithTheFileAndLeftOut() {
        LoadResult r = read("{\"schemaVersion\": 1,\n\"actors\": [{\"name\": \"Katiba Serma\", \"fullName\": \"K\","
                + " \"kind\": \"band\", \"description\": \"d\"}],\n\"events\": [" + EVENT + "]}");
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("kind")),
                r.problems()::toString);
        assertEquals(List.of(), r.dataset().actors());
    }
}
