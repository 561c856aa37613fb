package org.sirocco.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sirocco.data.Actor;
import org.sirocco.data.Event;
import org.sirocco.data.io.Problem;

/**
 * What an import did.
 *
 * @param format       the format read
 * @param description  what the reader found out about the file
 * @param records      records read (rows, features, placemarks)
 * @param imported     events written to the dataset
 * @param skipped      records left out, by reason
 * @param problems     what went wrong or was changed, by line and column, at most {@link ImportJob#MAX_PROBLEMS}
 * @param problemCount how many problems there were in all
 * @param actors       the actors added beside the glossary's
 * @param sample       the first events imported (for the preview)
 */
public record ImportResult(ImportFormat format, FileDescription description, long records, long imported,
        Map<SkipReason, Long> skipped, List<Problem> problems, long problemCount, List<Actor> actors,
        List<Event> sample) {

    public ImportResult {
        skipped = skipped.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(skipped));
        problems = List.copyOf(problems);
        actors = List.copyOf(actors);
        sample = List.copyOf(sample);
    }

    public long skippedCount() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
