package org.sirocco.data.io;

import java.util.List;
import org.sirocco.data.Dataset;

/**
 * A dataset read from a file together with everything wrong in it. The dataset holds the valid events; the
 * invalid ones are left out and each of their problems is listed.
 *
 * @param eventsInFile number of event entries found in the file, valid or not (a broken entry counts)
 * @param cutShort     whether the file stops before its end, as a truncated copy does: events after the last one
 *                     found are missing, and nobody can tell how many
 */
public record LoadResult(Dataset dataset, List<Problem> problems, int eventsInFile, boolean cutShort) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Whether the file gave nothing to show: it has problems and not one valid event (an empty, clean file is fine). */
    public boolean nothingRead() {
        return dataset.store().size() == 0 && !isClean();
    }

    /** Number of entries left out because they are invalid. */
    public int rejectedEvents() {
        return eventsInFile - dataset.store().size();
    }
}
