package org.sirocco.exchange.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sirocco.data.Event;
import org.sirocco.data.EventStore;
import org.sirocco.data.io.DatasetReader;
import org.sirocco.data.io.EventsFileWriter;
import org.sirocco.data.io.LoadResult;
import org.sirocco.data.io.Problem;

/**
 * Validates imported events by the dataset's one set of rules: a run of them is written as an events file, each on a
 * line of its own, exactly as the dataset will hold them, and read back by {@link DatasetReader}. What the reader
 * accepts is what the dataset gets; its problems come back by event.
 */
public final class EventBatchCheck {

    /** Lines before the first event's in the file written for a run. */
    private static final int FIRST_EVENT_LINE = 2;

    /** An event to check, built by a driver ({@code event}) or already in the schema's JSON ({@code json}). */
    public record Candidate(Event event, String json, String id) {

        public static Candidate of(Event event) {
            return new Candidate(event, null, event.id());
        }

        /** @param id the id the JSON gives, or null if it gives none */
        public static Candidate ofJson(String json, String id) {
            return new Candidate(null, json, id);
        }
    }

    /**
     * The outcome for one candidate.
     *
     * @param json     the event as the dataset will hold it, on one line
     * @param event    the event the reader built, or null when it is invalid
     * @param problems what the reader found wrong, with the field; their lines are meaningless to the caller
     */
    public record Verdict(String json, Event event, List<Problem> problems) {
    }

    private final Set<String> knownActors;

    /** @param knownActors actor names events may use; more are {@link #addActor added} as the import finds them */
    public EventBatchCheck(Set<String> knownActors) {
        this.knownActors = new HashSet<>(knownActors);
    }

    public void addActor(String name) {
        if (!knownActors.isEmpty()) {
            knownActors.add(name);
        }
    }

    public List<Verdict> check(List<Candidate> batch) {
        List<String> lines = new ArrayList<>(batch.size());
        StringBuilder file = new StringBuilder(batch.size() * 700).append("{\"schemaVersion\":")
                .append(DatasetReader.SCHEMA_VERSION).append(",\"name\":\"import\",\"events\":[");
        for (int k = 0; k < batch.size(); k++) {
            Candidate c = batch.get(k);
            String json = c.event() != null ? toJson(c.event()) : c.json();
            lines.add(json);
            file.append(k == 0 ? "\n" : ",\n").append(json);
        }
        file.append("\n]}\n");
        LoadResult read = new DatasetReader(knownActors).read("import", file.toString()
                .getBytes(StandardCharsets.UTF_8));
        List<List<Problem>> problems = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            problems.add(new ArrayList<>(0));
        }
        for (Problem p : read.problems()) {
            int k = p.line() - FIRST_EVENT_LINE;
            if (k < 0 || k >= batch.size()) {
                throw new IllegalStateException("a problem outside the events written: " + p);
            }
            problems.get(k).add(p);
        }
        EventStore store = read.dataset().store();
        Map<String, Event> valid = new HashMap<>(store.size() * 2);
        for (int i = 0; i < store.size(); i++) {
            Event e = store.event(i);
            valid.put(e.id(), e);
        }
        List<Verdict> verdicts = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            Event event = problems.get(k).isEmpty() ? valid.get(batch.get(k).id()) : null;
            verdicts.add(new Verdict(lines.get(k), event, problems.get(k)));
        }
        return verdicts;
    }

    /** One event on one line, as the events file writer writes it. */
    public static String toJson(Event e) {
        StringWriter text = new StringWriter(1024);
        JsonWriter json = new JsonWriter(text);
        json.setStrictness(Strictness.STRICT);
        try {
            EventsFileWriter.writeEvent(json, e);
            json.flush();
        } catch (IOException x) {
            throw new UncheckedIOException(x); // a StringWriter does not fail
        }
        return text.toString();
    }
}
