package cn.esip.ocr.model;

/** An axis-aligned rectangle in page pixels (origin top left). */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        int nx = Math.min(x, o.x), ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    /** Intersection over union, 0 when disjoint. */
    public double iou(Box o) {
        int ix = Math.max(0, Math.min(right(), o.right()) - Math.max(x, o.x));
        int iy = Math.max(0, Math.min(bottom(), o.bottom()) - Math.max(y, o.y));
        double inter = (double) ix * iy;
        double uni = (double) width * height + (double) o.width * o.height - inter;
        return uni <= 0 ? 0 : inter / uni;
    }

    /** This box scaled by a factor (for mapping between resolutions). */
    public Box scale(double f) {
        return new Box((int) Math.round(x * f), (int) Math.round(y * f),
                (int) Math.round(width * f), (int) Math.round(height * f));
    }
}
