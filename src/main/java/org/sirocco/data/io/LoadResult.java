package org.sirocco.data.io;

import java.util.List;
import org.sirocco.data.Dataset;

/**
 * A dataset read from a file together with everything wrong in it. The dataset holds the valid events; the
 * invalid ones are left out and each of their problems is listed.
 *
 * @param eventsInFile number of event entries found in the file, valid or not
 */
public record LoadResult(Dataset dataset, List<Problem> problems, int eventsInFile) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Number of entries left out because they are invalid. */
    public int rejectedEvents() {
        return eventsInFile - dataset.store().size();
    }
}
