package io.themescope.clickhouse.engine;

/**
 * NullPointerExceptions from ordinary Java code: a field read through a null reference, in a method
 * hot enough to be JIT-compiled, where HotSpot turns the null check into a SIGSEGV it handles itself.
 */
final class NullPointers {

    static final class Node {
        Node next;
        int value;
    }

    private NullPointers() {
    }

    /** Throws and catches {@code count} NPEs and returns how many were caught. */
    static long throwAndCatch(int count) {
        Node node = new Node();
        long caught = 0;
        for (int i = 0; i < count; i++) {
            try {
                caught += read(node.next);
            } catch (NullPointerException expected) {
                caught++;
            }
        }
        return caught;
    }

    private static int read(Node node) {
        return node.value;
    }
}
