package cn.esip.api.pages;

import java.util.ArrayList;
import java.util.List;

/** A character diff of two versions of an article's text, for showing the changes side by side. */
public final class TextDiff {

    /** A run of text: {@code same}, {@code del} (only in the old text) or {@code ins} (only in the new one). */
    public record Segment(String kind, String text) {
    }

    /** Longest texts compared character by character (longer pairs are shown whole as changed). */
    static final int MAX_CHARS = 4000;

    private TextDiff() {
    }

    /** The old text's segments (same and del) and the new text's (same and ins). */
    public static List<List<Segment>> sides(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (a.length() > MAX_CHARS || b.length() > MAX_CHARS) {
            return a.equals(b) ? List.of(List.of(new Segment("same", a)), List.of(new Segment("same", b)))
                    : List.of(List.of(new Segment("del", a)), List.of(new Segment("ins", b)));
        }
        int n = a.length();
        int m = b.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.charAt(i) == b.charAt(j)) {
                add(left, "same", a.charAt(i));
                add(right, "same", b.charAt(j));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(right, "ins", b.charAt(j++));
            } else {
                add(left, "del", a.charAt(i++));
            }
        }
        return List.of(left, right);
    }

    private static void add(List<Segment> out, String kind, char c) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + c));
        } else {
            out.add(new Segment(kind, String.valueOf(c)));
        }
    }
}
