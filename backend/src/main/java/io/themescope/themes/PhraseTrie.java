package io.themescope.themes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over phrase keys, flattened into arrays after building: the root has a dense
 * table indexed by character (it is consulted once per word), deeper nodes keep their few edges
 * sorted. Immutable once built, so one instance serves any number of threads.
 */
final class PhraseTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    /** What a key means when the scanner reaches its end. */
    enum Kind { TERM, EXCLUDE, COORDINATION }

    /** One meaning of a key: a term or exclude of one theme, or a coordination naming several. */
    record Entry(Kind kind, int[] themes, String phrase) {
    }

    private final int[] rootNext;
    private final int[] edgeFrom;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final Entry[][] entries;

    private PhraseTrie(int[] rootNext, int[] edgeFrom, char[] edgeChars, int[] edgeTargets, Entry[][] entries) {
        this.rootNext = rootNext;
        this.edgeFrom = edgeFrom;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.entries = entries;
    }

    int next(int node, char c) {
        if (node == ROOT) {
            return rootNext[c];
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

    /** Entries ending at this node, or null. */
    Entry[] entries(int node) {
        return entries[node];
    }

    /** Mutable trie under construction. */
    static final class Builder {

        private static final class Node {
            final TreeMap<Character, Node> children = new TreeMap<>();
            List<Entry> entries;
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
            int[] rootNext = new int[65536];
            Arrays.fill(rootNext, NONE);
            root.children.forEach((c, child) -> rootNext[c] = ids.get(child));
            int[] edgeFrom = new int[count + 1];
            int edges = 0;
            for (int i = 0; i < count; i++) {
                edgeFrom[i] = edges;
                edges += i == ROOT ? 0 : order.get(i).children.size();
            }
            edgeFrom[count] = edges;
            char[] edgeChars = new char[edges];
            int[] edgeTargets = new int[edges];
            Entry[][] entries = new Entry[count][];
            for (int i = 0; i < count; i++) {
                Node n = order.get(i);
                if (n.entries != null) {
                    entries[i] = n.entries.toArray(Entry[]::new);
                }
                if (i == ROOT) {
                    continue;
                }
                int k = edgeFrom[i];
                for (Map.Entry<Character, Node> e : n.children.entrySet()) {
                    edgeChars[k] = e.getKey();
                    edgeTargets[k] = ids.get(e.getValue());
                    k++;
                }
            }
            return new PhraseTrie(rootNext, edgeFrom, edgeChars, edgeTargets, entries);
        }
    }
}
