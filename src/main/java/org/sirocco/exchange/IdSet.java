package org.sirocco.exchange;

import java.nio.charset.StandardCharsets;

/**
 * The ids seen so far in an import, as 64-bit hashes in an open-addressing table: a million ids take 16 MB rather
 * than the hundred a set of strings would. Two different ids share a hash once in about 10<sup>13</sup> imports of
 * a million events.
 */
final class IdSet {

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds {@code id}; false when it was there already. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            h = 1; // 0 marks an empty slot
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return false;
            }
            if (slots[i] == 0) {
                slots[i] = h;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    /** FNV-1a over the id's UTF-8 bytes, then mixed. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    int size() {
        return size;
    }
}
