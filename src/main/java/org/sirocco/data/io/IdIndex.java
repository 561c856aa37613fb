package org.sirocco.data.io;

/**
 * Which event first used an id, for finding duplicates among a million ids without a million map entries: an
 * open-addressing table of 64-bit id hashes to the index of their first event. Equal hashes are only candidates;
 * the caller compares the ids themselves.
 */
final class IdIndex {

    private long[] hashes = new long[1 << 12];
    private int[] firsts = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /** A 64-bit FNV-1a hash of the id's characters. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Records {@code index} as the first event with {@code hash} and returns -1, or returns the index already
     * recorded for that hash.
     */
    int putIfAbsent(long hash, int index) {
        if (2 * (size + 1) > hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        int slot = (int) mix(hash) & mask;
        while (used[slot]) {
            if (hashes[slot] == hash) {
                return firsts[slot];
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        hashes[slot] = hash;
        firsts[slot] = index;
        size++;
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldFirsts = firsts;
        boolean[] oldUsed = used;
        hashes = new long[oldHashes.length * 2];
        firsts = new int[oldHashes.length * 2];
        used = new boolean[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldUsed[i]) {
                int slot = (int) mix(oldHashes[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                hashes[slot] = oldHashes[i];
                firsts[slot] = oldFirsts[i];
            }
        }
    }

    private static long mix(long h) {
        return h ^ (h >>> 29) ^ (h >>> 47);
    }
}
