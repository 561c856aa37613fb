package org.sirocco.data.io;

/**
 * A fixed set of field names, looked up with one string comparison: the name's length with its first and last
 * characters picks the only candidate. Reading a million events looks up thirty names each, so a scan of the set or
 * a hash of each fresh name shows in the profile.
 */
final class FieldNames {

    private final String[] names;
    /** Position + 1 of the name with each key, 0 for none. */
    private final byte[] byKey = new byte[1 << 14];

    /** @throws IllegalArgumentException if two names share length, first and last characters */
    FieldNames(String... names) {
        this.names = names.clone();
        for (int i = 0; i < names.length; i++) {
            int k = key(names[i]);
            if (byKey[k] != 0) {
                throw new IllegalArgumentException(names[i] + " and " + names[byKey[k] - 1] + " share a key");
            }
            byKey[k] = (byte) (i + 1);
        }
    }

    /** The position of {@code name} in the names given, or -1. */
    int indexOf(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        int i = byKey[key(name)] - 1;
        return i >= 0 && names[i].equals(name) ? i : -1;
    }

    private static int key(String name) {
        int n = name.length();
        return (n & 15) << 10 | (name.charAt(0) & 31) << 5 | (name.charAt(n - 1) & 31);
    }
}
