package org.sirocco.edit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sirocco.data.Event;
import org.sirocco.data.TestEvents;
import org.sirocco.data.synthetic.SyntheticEvents;

/**
 * Run by {@link SaveKillTest} in a JVM of its own: saves two versions of a large dataset over the same file, one
 * after the other, until it is killed. Prints {@code SAVED <ms>} after each save.
 */
public final class SaveChild {

    private SaveChild() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Event> first = new ArrayList<>();
        new SyntheticEvents(7).generate(count, first::add);
        List<Event> second = SaveKillTest.secondVersion(first);
        for (int k = 0; ; k++) {
            long start = System.nanoTime();
            DatasetSaver.save(target, "Version " + (k % 2 == 0 ? "A" : "B"), true, List.of(), k % 2 == 0 ? first : second);
            System.out.println("SAVED " + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
    }
}
