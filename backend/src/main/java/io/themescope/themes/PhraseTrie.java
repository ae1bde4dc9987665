package io.themescope.themes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over phrase keys, flattened into arrays after building. Walks mostly stay near
 * the root (a few steps per word), so the shallowest nodes (breadth-first order puts them first)
 * get a dense transition table over the keys' small alphabet, a branch-free step; deeper nodes,
 * which nearly all have one child, keep their few edges sorted. Immutable once built, so one
 * instance serves any number of threads.
 */
final class PhraseTrie {

    static final int ROOT = 0;
    static final int NONE = -1;
    /** Set in a node handle when some key ends at that node, so walks need not look it up. */
    private static final int ENDS_KEY = 1 << 30;
    private static final int INDEX = ENDS_KEY - 1;

    /** What a key means when the scanner reaches its end. */
    enum Kind { TERM, EXCLUDE, COORDINATION }

    /** One meaning of a key: a term or exclude of one theme, or a coordination naming several. */
    record Entry(Kind kind, int[] themes, String phrase) {
    }

    /** Nodes with an id below this have rows in {@link #dense}. */
    static final int DENSE_NODES = 2048;

    /** Alphabet index of each char (0: not in any key). */
    private final short[] alphabet;
    private final int width;
    private final int denseCount;
    private final int[] dense;
    private final int[] edgeFrom;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final Entry[][] entries;
    private final boolean[] wordBoundary;

    private PhraseTrie(short[] alphabet, int width, int denseCount, int[] dense, int[] edgeFrom, char[] edgeChars,
                       int[] edgeTargets, Entry[][] entries, boolean[] wordBoundary) {
        this.alphabet = alphabet;
        this.width = width;
        this.denseCount = denseCount;
        this.dense = dense;
        this.edgeFrom = edgeFrom;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.entries = entries;
        this.wordBoundary = wordBoundary;
    }

    /** The node reached from {@code node} (a handle returned earlier, or ROOT) by {@code c}, or NONE. */
    int next(int node, char c) {
        node &= INDEX;
        if (node < denseCount) {
            return dense[node * width + alphabet[c]];
        }
        int lo = edgeFrom[node];
        int hi = edgeFrom[node + 1];
        if (hi - lo <= 8) {
            for (int k = lo; k < hi; k++) {
                if (edgeChars[k] == c) {
                    return edgeTargets[k];
                }
            }
            return NONE;
        }
        int k = Arrays.binarySearch(edgeChars, lo, hi, c);
        return k >= 0 ? edgeTargets[k] : NONE;
    }

    static boolean endsKey(int node) {
        return (node & ENDS_KEY) != 0;
    }

    /**
     * Whether some phrase has a word boundary at this node ("non-traditional" in "non-traditional
     * security threat"): only there can an elided word be restored.
     */
    boolean isWordBoundary(int node) {
        return node >= 0 && wordBoundary[node & INDEX];
    }

    /** Entries ending at this node, or null. */
    Entry[] entries(int node) {
        return entries[node & INDEX];
    }

    /** Mutable trie under construction. */
    static final class Builder {

        private static final class Node {
            final TreeMap<Character, Node> children = new TreeMap<>();
            List<Entry> entries;
            boolean wordBoundary;
        }

        private final Node root = new Node();

        /** Entries already stored under the key (never null). */
        List<Entry> entriesAt(String key) {
            Node n = root;
            for (int i = 0; i < key.length() && n != null; i++) {
                n = n.children.get(key.charAt(i));
            }
            return n == null || n.entries == null ? List.of() : n.entries;
        }

        /** Marks the node of {@code key}, a phrase's first words, when some key runs through it. */
        void markWordBoundary(String key) {
            Node n = root;
            for (int i = 0; i < key.length() && n != null; i++) {
                n = n.children.get(key.charAt(i));
            }
            if (n != null && n != root) {
                n.wordBoundary = true;
            }
        }

        void add(String key, Entry entry) {
            Node n = root;
            for (int i = 0; i < key.length(); i++) {
                n = n.children.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            if (n.entries == null) {
                n.entries = new ArrayList<>(1);
            }
            n.entries.add(entry);
        }

        PhraseTrie build() {
            List<Node> order = new ArrayList<>();
            Map<Node, Integer> ids = new java.util.IdentityHashMap<>();
            ArrayDeque<Node> queue = new ArrayDeque<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                Node n = queue.poll();
                ids.put(n, order.size());
                order.add(n);
                queue.addAll(n.children.values());
            }
            int count = order.size();
            if (count > INDEX) {
                throw new IllegalStateException("too many trie nodes: " + count);
            }
            short[] alphabet = new short[65536];
            int width = 1;
            for (Node n : order) {
                for (char c : n.children.keySet()) {
                    if (alphabet[c] == 0) {
                        alphabet[c] = (short) width++;
                    }
                }
            }
            int denseCount = Math.min(count, DENSE_NODES);
            int[] dense = new int[denseCount * width];
            Arrays.fill(dense, NONE);
            int[] edgeFrom = new int[count + 1];
            int edges = 0;
            for (int i = 0; i < count; i++) {
                edgeFrom[i] = edges;
                edges += i < denseCount ? 0 : order.get(i).children.size();
            }
            edgeFrom[count] = edges;
            char[] edgeChars = new char[edges];
            int[] edgeTargets = new int[edges];
            Entry[][] entries = new Entry[count][];
            boolean[] wordBoundary = new boolean[count];
            for (int i = 0; i < count; i++) {
                Node n = order.get(i);
                if (n.entries != null) {
                    entries[i] = n.entries.toArray(Entry[]::new);
                }
                wordBoundary[i] = n.wordBoundary;
                int k = edgeFrom[i];
                for (Map.Entry<Character, Node> e : n.children.entrySet()) {
                    Node child = e.getValue();
                    int handle = ids.get(child) | (child.entries != null ? ENDS_KEY : 0);
                    if (i < denseCount) {
                        dense[i * width + alphabet[e.getKey()]] = handle;
                    } else {
                        edgeChars[k] = e.getKey();
                        edgeTargets[k] = handle;
                        k++;
                    }
                }
            }
            return new PhraseTrie(alphabet, width, denseCount, dense, edgeFrom, edgeChars, edgeTargets, entries,
                wordBoundary);
        }
    }
}
