package ai.kai.chart.render;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Size of a static export. {@code width}/{@code height} in CSS pixels (PDF: points) default to the figure's layout;
 * PNG pixels are {@code width × scale}, where {@code dpi} (if given) sets scale = dpi / 96 and is written into the PNG.
 */
public record ExportOptions(Integer width, Integer height, Double scale, Integer dpi) {
    static final long MAX_PIXELS = 40_000_000L;

    public ExportOptions {
        if (width != null && (width < 50 || width > 8000) || height != null && (height < 50 || height > 8000)) {
            throw new KaiException(ErrorCode.INVALID_EXPORT_OPTIONS, "width and height must be between 50 and 8000; got "
                    + width + "x" + height);
        }
        if (scale != null && (scale < 0.1 || scale > 10)) {
            throw new KaiException(ErrorCode.INVALID_EXPORT_OPTIONS, "scale must be between 0.1 and 10; got " + scale);
        }
        if (dpi != null && (dpi < 36 || dpi > 1200)) {
            throw new KaiException(ErrorCode.INVALID_EXPORT_OPTIONS, "dpi must be between 36 and 1200; got " + dpi);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(null, null, null, null);
    }

    public static ExportOptions ofDpi(int dpi) {
        return new ExportOptions(null, null, null, dpi);
    }

    /** Pixel multiplier: dpi / 96 when dpi is set, else scale, else 1. */
    public double effectiveScale() {
        return dpi != null ? dpi / 96.0 : scale != null ? scale : 1.0;
    }

    /** The DPI written into the PNG: the one asked for, or 96 × scale. */
    public int effectiveDpi() {
        return dpi != null ? dpi : (int) Math.round(96 * effectiveScale());
    }
}
