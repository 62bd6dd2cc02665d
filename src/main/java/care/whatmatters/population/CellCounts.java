package care.whatmatters.population;

/**
 * Counts kept by a {@code long} key, in two arrays (open addressing, linear probing), so that adding to a
 * count makes no object: the load adds to hundreds of millions of them. The key 0 marks an empty slot and is
 * never used ({@link CountFold} numbers every part of a key from 1).
 */
final class CellCounts {

    private long[] keys = new long[1 << 10];
    private long[] counts = new long[1 << 10];
    private int size;

    void add(long key, long amount) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) { // at most half full, so probes stay short
                counts[slot] = amount;
                grow();
                return;
            }
        }
        counts[slot] += amount;
    }

    int size() {
        return size;
    }

    interface Visitor {
        void visit(long key, long count);
    }

    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                visitor.visit(keys[slot], counts[slot]);
            }
        }
    }

    void clear() {
        keys = new long[1 << 10];
        counts = new long[1 << 10];
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
