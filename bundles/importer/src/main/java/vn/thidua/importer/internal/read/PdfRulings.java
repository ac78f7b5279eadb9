package vn.thidua.importer.internal.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws: stroked horizontal and vertical lines and rectangle edges, and thin
 * filled rectangles (Word and HTML renderers draw cell borders either way). Coordinates are those of
 * the text positions: from the crop box's left, and from its top downwards. Shapes that are neither
 * (curves, large filled boxes such as shading) are ignored; so are pages turned by a rotation.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A thicker filled rectangle is a box (shading), not a rule. */
    private static final float MAX_RULE_THICKNESS = 3f;
    private static final float MIN_RULE_LENGTH = 4f;
    /** A page drawing more rules than this is a drawing, not tables: its rules are not used (and memory stays bounded). */
    static final int MAX_RULES = 4_000;
    /** The most points (and rectangles) one path may hold before the page counts as a drawing. */
    private static final int MAX_PATH_POINTS = 100_000;

    /** A horizontal ({@code x0..x1} at {@code y}) or vertical ({@code y0..y1} at {@code x}) rule. */
    record Rule(boolean horizontal, float at, float from, float to) {
    }

    private final float left;
    private final float top;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private boolean overflow;

    private PdfRulings(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    /** The rules of a page, or none when the page is rotated or draws too many. */
    static List<Rule> of(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        PdfRulings engine = new PdfRulings(page);
        engine.processPage(page);
        return engine.overflow ? List.of() : engine.rules;
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (rules.size() >= MAX_RULES) {
            overflow = true;
            return;
        }
        float ax = x0 - left;
        float bx = x1 - left;
        float ay = top - y0;
        float by = top - y1;
        if (Math.abs(ay - by) < 0.5f && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
            rules.add(new Rule(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) < 0.5f && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
            rules.add(new Rule(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        if (rectangles.size() >= MAX_PATH_POINTS) {
            overflow = true;
            return;
        }
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        if (path.size() >= MAX_PATH_POINTS) {
            overflow = true;
            return;
        }
        path.add(null);
        current = new Point2D.Float(x, y);
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        if (path.size() >= MAX_PATH_POINTS) {
            overflow = true;
            return;
        }
        path.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve is no rule: it breaks the polyline.
        path.add(null);
        current = new Point2D.Float(x3, y3);
        path.add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // The closing segment of a polyline is rarely a table rule; tables are drawn as lines or rectangles.
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                Point2D a = r[i];
                Point2D b = r[(i + 1) % 4];
                add((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
            }
        }
        for (int i = 1; i < path.size(); i++) {
            Point2D a = path.get(i - 1);
            Point2D b = path.get(i);
            if (a != null && b != null) {
                add((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        // A thin filled shape is a rule, whatever its corners: OpenHTMLtoPDF fills each border as a
        // trapezoid (mitred corners), others fill rectangles.
        List<Point2D[]> boxes = new ArrayList<>(rectangles);
        List<Point2D> sub = new ArrayList<>();
        for (int i = 0; i <= path.size(); i++) {
            Point2D p = i < path.size() ? path.get(i) : null;
            if (p != null) {
                sub.add(p);
                continue;
            }
            if (sub.size() >= 3) {
                boxes.add(sub.toArray(new Point2D[0]));
            }
            sub.clear();
        }
        for (Point2D[] r : boxes) {
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (Point2D p : r) {
                x0 = Math.min(x0, p.getX());
                x1 = Math.max(x1, p.getX());
                y0 = Math.min(y0, p.getY());
                y1 = Math.max(y1, p.getY());
            }
            if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > y1 - y0) {
                float y = (float) (y0 + y1) / 2;
                add((float) x0, y, (float) x1, y);
            } else if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > x1 - x0) {
                float x = (float) (x0 + x1) / 2;
                add(x, (float) y0, x, (float) y1);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping draws nothing; the path is ended by the operator that follows.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images are no rules.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are no rules.
    }

    @Override
    public void showTextString(byte[] string) {
        // Text is read by the text stripper; skipping it here keeps this pass cheap.
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
        // as above
    }
}
