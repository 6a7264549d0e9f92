package cn.esip.ocr.input;

import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/** PNG, JPEG and (multi-page) TIFF through ImageIO; each page's size is read from its header before decoding. */
final class RasterSource implements PageSource {

    static {
        ImageIO.setUseCache(false);
    }

    private final ImageFormat format;
    private final ImageInputStream in;
    private final ImageReader reader;
    private final int pages;
    private final InputLimits limits;

    private RasterSource(ImageFormat format, ImageInputStream in, ImageReader reader, int pages, InputLimits limits) {
        this.format = format;
        this.in = in;
        this.reader = reader;
        this.pages = pages;
        this.limits = limits;
    }

    static RasterSource open(ImageFormat format, byte[] data, InputLimits limits) {
        ImageInputStream in = null;
        ImageReader reader = null;
        try {
            in = ImageIO.createImageInputStream(new ByteArrayInputStream(data));
            Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
            if (!it.hasNext()) {
                throw new ImageInputException(ImageInputException.Kind.UNSUPPORTED, "no " + format + " decoder available");
            }
            reader = it.next();
            reader.setInput(in, false, true);
            int n = format == ImageFormat.TIFF ? reader.getNumImages(true) : 1;
            if (n <= 0) {
                throw new ImageInputException(ImageInputException.Kind.EMPTY, "the " + format + " file holds no image");
            }
            if (n > limits.maxPages()) {
                throw new ImageInputException(ImageInputException.Kind.TOO_MANY_PAGES,
                        "the " + format + " file has " + n + " pages; the limit is " + limits.maxPages());
            }
            // fail early on a broken or oversized first page
            checkSize(reader, 0, limits, format);
            return new RasterSource(format, in, reader, n, limits);
        } catch (IOException | RuntimeException e) {
            if (reader != null) {
                reader.dispose();
            }
            closeQuietly(in);
            if (e instanceof ImageInputException iie) {
                throw iie;
            }
            throw new ImageInputException(ImageInputException.Kind.CORRUPT,
                    "cannot read the " + format + " file: " + message(e), e);
        }
    }

    private static void checkSize(ImageReader reader, int index, InputLimits limits, ImageFormat format) throws IOException {
        long w = reader.getWidth(index), h = reader.getHeight(index);
        if (w <= 0 || h <= 0) {
            throw new ImageInputException(ImageInputException.Kind.CORRUPT, format + " image with no pixels");
        }
        if (w * h > limits.maxPixels()) {
            throw new ImageInputException(ImageInputException.Kind.TOO_LARGE, "page " + (index + 1) + " is " + w + "×" + h
                    + " pixels; the limit is " + limits.maxPixels() + " pixels a page");
        }
    }

    @Override
    public ImageFormat format() {
        return format;
    }

    @Override
    public int pageCount() {
        return pages;
    }

    @Override
    public synchronized PageImage page(int number, boolean needImage) {
        int i = number - 1;
        try {
            checkSize(reader, i, limits, format);
            BufferedImage img = reader.read(i);
            return new PageImage(number, img, dpi(i), null);
        } catch (ImageInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageInputException(ImageInputException.Kind.CORRUPT,
                    "cannot decode page " + number + " of the " + format + " file: " + message(e), e);
        }
    }

    /** Resolution from the standard metadata tree (0 when the file does not say). */
    private int dpi(int index) {
        try {
            IIOMetadata md = reader.getImageMetadata(index);
            if (md == null || !md.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node n = find(md.getAsTree("javax_imageio_1.0"), "HorizontalPixelSize");
            if (n == null) {
                return 0;
            }
            double mmPerPixel = Double.parseDouble(n.getAttributes().getNamedItem("value").getNodeValue());
            int dpi = (int) Math.round(25.4 / mmPerPixel);
            return dpi >= 50 && dpi <= 2400 ? dpi : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Node find(Node n, String name) {
        if (name.equals(n.getNodeName())) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(ImageInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    @Override
    public synchronized void close() {
        reader.dispose();
        closeQuietly(in);
    }
}
