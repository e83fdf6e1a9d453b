package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines, as {@code diff -u} writes it. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /** The diff of {@code a} (named {@code nameA}) and {@code b}; empty when they are equal. */
    public static String diff(String nameA, String nameB, String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        List<String> x = lines(a);
        List<String> y = lines(b);
        int pre = 0;
        while (pre < x.size() && pre < y.size() && x.get(pre).equals(y.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < x.size() - pre && suf < y.size() - pre
                && x.get(x.size() - 1 - suf).equals(y.get(y.size() - 1 - suf))) {
            suf++;
        }
        List<int[]> ops = new ArrayList<>(); // {kind 0=same 1=del 2=add, index in x or y}
        for (int i = 0; i < pre; i++) {
            ops.add(new int[]{0, i, i});
        }
        middle(x, y, pre, x.size() - suf, pre, y.size() - suf, ops);
        for (int k = 0; k < suf; k++) {
            ops.add(new int[]{0, x.size() - suf + k, y.size() - suf + k});
        }
        StringBuilder out = new StringBuilder("--- ").append(nameA).append('\n')
                .append("+++ ").append(nameB).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size() && (ops.get(end)[0] != 0 || end - lastChange <= 2 * CONTEXT)) {
                if (ops.get(end)[0] != 0) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(ops.subList(start, end), x, y, out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<int[]> ops, List<String> x, List<String> y, StringBuilder out) {
        int xs = -1;
        int ys = -1;
        int xn = 0;
        int yn = 0;
        for (int[] op : ops) {
            if (op[0] != 2) {
                xs = xs < 0 ? op[1] : xs;
                xn++;
            }
            if (op[0] != 1) {
                ys = ys < 0 ? op[op[0] == 0 ? 2 : 1] : ys;
                yn++;
            }
        }
        out.append("@@ -").append(xn == 0 ? Math.max(0, firstX(ops)) : xs + 1).append(',').append(xn)
                .append(" +").append(yn == 0 ? Math.max(0, firstY(ops)) : ys + 1).append(',').append(yn).append(" @@\n");
        for (int[] op : ops) {
            switch (op[0]) {
                case 0 -> out.append(' ').append(x.get(op[1])).append('\n');
                case 1 -> out.append('-').append(x.get(op[1])).append('\n');
                default -> out.append('+').append(y.get(op[1])).append('\n');
            }
        }
    }

    private static int firstX(List<int[]> ops) {
        return ops.isEmpty() ? 0 : ops.get(0)[1];
    }

    private static int firstY(List<int[]> ops) {
        return ops.isEmpty() ? 0 : ops.get(0)[0] == 0 ? ops.get(0)[2] : ops.get(0)[1];
    }

    /** Longest-common-subsequence diff of x[x0,x1) and y[y0,y1); one replace block when it is too large. */
    private static void middle(List<String> x, List<String> y, int x0, int x1, int y0, int y1, List<int[]> ops) {
        int n = x1 - x0;
        int m = y1 - y0;
        if ((long) n * m > MAX_CELLS) {
            for (int i = x0; i < x1; i++) {
                ops.add(new int[]{1, i});
            }
            for (int j = y0; j < y1; j++) {
                ops.add(new int[]{2, j});
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(x0 + i).equals(y.get(y0 + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.get(x0 + i).equals(y.get(y0 + j))) {
                ops.add(new int[]{0, x0 + i, y0 + j});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removed lines first, then the added ones, as diff -u and git write a change
                ops.add(new int[]{1, x0 + i});
                i++;
            } else {
                ops.add(new int[]{2, y0 + j});
                j++;
            }
        }
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
