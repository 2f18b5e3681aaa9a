package ai.kai.chart;

import java.util.List;
import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Colours and font of a chart, applied to the Plotly layout ({@code colorway}, {@code paper_bgcolor},
 * {@code plot_bgcolor}, {@code font}, axis grid/line colours) and used as-is by the static renderer. Every colour
 * is {@code #rrggbb}. A field left out of a custom theme takes the default theme's value.
 */
public record Theme(
        String name,
        List<String> colorway,
        String paperBackground,
        String plotBackground,
        String fontFamily,
        Integer fontSize,
        String fontColor,
        String gridColor,
        String lineColor,
        List<String> sequential,
        List<String> diverging) {

    public static final String DEFAULT_NAME = "default";
    public static final String DARK_NAME = "dark";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern FONT = Pattern.compile("[A-Za-z0-9 ,'\"-]{1,100}");
    static final List<String> DEFAULT_COLORWAY = List.of("#636efa", "#ef553b", "#00cc96", "#ab63fa", "#ffa15a",
            "#19d3f3", "#ff6692", "#b6e880", "#ff97ff", "#fecb52");
    static final List<String> DEFAULT_SEQUENTIAL = List.of("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725");
    static final List<String> DEFAULT_DIVERGING = List.of("#b2182b", "#f7f7f7", "#2166ac");

    public Theme {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("the theme name must be 1-40 letters, digits, '_' or '-' starting with a letter or digit; got '"
                    + name + "'");
        }
        colorway = colours("colorway", colorway == null ? DEFAULT_COLORWAY : colorway, 1, 20);
        paperBackground = colour("paper_background", paperBackground, "#ffffff");
        plotBackground = colour("plot_background", plotBackground, "#e5ecf6");
        fontFamily = fontFamily == null ? "Open Sans, Arial, sans-serif" : fontFamily.trim();
        if (!FONT.matcher(fontFamily).matches()) {
            throw invalid("font_family may hold letters, digits, spaces, commas, quotes and '-' (at most 100); got '"
                    + fontFamily + "'");
        }
        fontSize = fontSize == null ? 12 : fontSize;
        if (fontSize < 6 || fontSize > 48) {
            throw invalid("font_size must be between 6 and 48; got " + fontSize);
        }
        fontColor = colour("font_color", fontColor, "#2a3f5f");
        gridColor = colour("grid_color", gridColor, "#ffffff");
        lineColor = colour("line_color", lineColor, "#ffffff");
        sequential = colours("sequential", sequential == null ? DEFAULT_SEQUENTIAL : sequential, 2, 11);
        diverging = colours("diverging", diverging == null ? DEFAULT_DIVERGING : diverging, 3, 11);
    }

    /** The colour of the i-th series (the colorway repeats). */
    public String seriesColour(int i) {
        return colorway.get(Math.floorMod(i, colorway.size()));
    }

    public boolean isBuiltIn() {
        return name.equals(DEFAULT_NAME) || name.equals(DARK_NAME);
    }

    private static String colour(String field, String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!COLOUR.matcher(value.trim()).matches()) {
            throw invalid(field + " must be a colour written #rrggbb; got '" + value + "'");
        }
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> colours(String field, List<String> values, int min, int max) {
        if (values.size() < min || values.size() > max) {
            throw invalid(field + " needs between " + min + " and " + max + " colours; got " + values.size());
        }
        return values.stream().map(v -> colour(field, v == null ? "" : v, null)).toList();
    }

    private static KaiException invalid(String message) {
        return new KaiException(ErrorCode.INVALID_THEME, message);
    }
}
