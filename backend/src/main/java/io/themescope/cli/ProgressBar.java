package io.themescope.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place on a terminal and printed every tenth of the
 * way otherwise (CI logs), so long imports show how far they are and how fast they go.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long done;
    private long items;
    private int lastDecile = -1;
    private long lastDraw;

    ProgressBar(PrintStream out, long totalBytes, boolean terminal) {
        this.out = out;
        this.total = Math.max(1, totalBytes);
        this.terminal = terminal;
    }

    synchronized void advance(long bytes, long newItems) {
        done += bytes;
        items += newItems;
        long now = System.nanoTime();
        int decile = (int) Math.min(10, done * 10 / total);
        if (terminal) {
            if (now - lastDraw > 100_000_000L || done >= total) {
                out.print("\r" + line());
                out.flush();
                lastDraw = now;
            }
        } else if (decile != lastDecile) {
            out.println(line());
            lastDecile = decile;
        }
    }

    synchronized void finish() {
        if (terminal) {
            out.print("\r" + line() + "\n");
        } else if (lastDecile != 10) {
            out.println(line());
        }
        out.flush();
    }

    String line() {
        double fraction = Math.min(1.0, done / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d documents  %.1f MB/s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), items,
                done / 1e6 / seconds);
    }
}
