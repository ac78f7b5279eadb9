package vn.thidua.importer.internal.read;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.importer.internal.read.PdfRulings.Rule;

/**
 * A ruled table found from the rules a page draws: the rules that meet one another, with at least
 * two horizontal and two vertical ones, make a grid; its columns lie between the distinct x of its
 * vertical rules, its rows between the distinct y of its horizontal rules. A cell whose side has no
 * rule is merged with its neighbour (a column span, or a cell merged down from the one above).
 */
final class TableGrid {

    /** Rules closer than this are the same line (a double border, a collapsed border drawn twice). */
    private static final float SAME = 2f;
    /** How far a rule may stop short of the one it meets. */
    private static final float TOUCH = 3f;

    final float[] xs;
    final float[] ys;
    private final List<Rule> rules;

    private TableGrid(float[] xs, float[] ys, List<Rule> rules) {
        this.xs = xs;
        this.ys = ys;
        this.rules = rules;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    /** The grids the rules make, top to bottom. */
    static List<TableGrid> find(List<Rule> rules) {
        int n = rules.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (meet(rules.get(i), rules.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Rule>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            int at = roots.indexOf(r);
            if (at < 0) {
                roots.add(r);
                groups.add(new ArrayList<>());
                at = groups.size() - 1;
            }
            groups.get(at).add(rules.get(i));
        }
        List<TableGrid> grids = new ArrayList<>();
        for (List<Rule> group : groups) {
            float[] xs = distinct(group, false);
            float[] ys = distinct(group, true);
            if (xs.length >= 2 && ys.length >= 2) {
                grids.add(new TableGrid(xs, ys, group));
            }
        }
        grids.sort((a, b) -> Float.compare(a.top(), b.top()));
        return grids;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean meet(Rule a, Rule b) {
        if (a.horizontal() == b.horizontal()) {
            // Pieces of one line (a border drawn cell by cell).
            return Math.abs(a.at() - b.at()) < SAME && a.from() <= b.to() + TOUCH && b.from() <= a.to() + TOUCH;
        }
        Rule h = a.horizontal() ? a : b;
        Rule v = a.horizontal() ? b : a;
        return v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH && h.at() >= v.from() - TOUCH && h.at() <= v.to() + TOUCH;
    }

    private static float[] distinct(List<Rule> group, boolean horizontal) {
        List<Float> values = new ArrayList<>();
        for (Rule r : group) {
            if (r.horizontal() == horizontal) {
                values.add(r.at());
            }
        }
        values.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : values) {
            if (out.isEmpty() || v - out.get(out.size() - 1) >= SAME) {
                out.add(v);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** Whether the point lies inside the grid. */
    boolean contains(float x, float y) {
        return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
    }

    /** The column a point lies in. */
    int column(float x) {
        return index(xs, x);
    }

    /** The row a point lies in. */
    int row(float y) {
        return index(ys, y);
    }

    private static int index(float[] edges, float v) {
        for (int i = 1; i < edges.length - 1; i++) {
            if (v < edges[i]) {
                return i - 1;
            }
        }
        return edges.length - 2;
    }

    /** Whether a vertical rule separates column {@code c} from column {@code c + 1} in row {@code r}. */
    boolean ruledRight(int r, int c) {
        float x = xs[c + 1];
        float mid = (ys[r] + ys[r + 1]) / 2;
        for (Rule rule : rules) {
            if (!rule.horizontal() && Math.abs(rule.at() - x) < SAME && rule.from() <= mid && rule.to() >= mid) {
                return true;
            }
        }
        return false;
    }

    /** Whether a horizontal rule separates row {@code r} from the row above in column {@code c}. */
    boolean ruledAbove(int r, int c) {
        float y = ys[r];
        float mid = (xs[c] + xs[c + 1]) / 2;
        for (Rule rule : rules) {
            if (rule.horizontal() && Math.abs(rule.at() - y) < SAME && rule.from() <= mid && rule.to() >= mid) {
                return true;
            }
        }
        return false;
    }
}
