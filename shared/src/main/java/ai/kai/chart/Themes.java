package ai.kai.chart;

import java.util.List;
import java.util.Optional;

/** The built-in themes: {@code default} (Plotly's familiar look) and {@code dark}. */
public final class Themes {
    public static final Theme DEFAULT = new Theme(Theme.DEFAULT_NAME, null, "#ffffff", "#e5ecf6",
            null, 12, "#2a3f5f", "#ffffff", "#ffffff", null, null);

    public static final Theme DARK = new Theme(Theme.DARK_NAME, List.of("#636efa", "#ef553b", "#00cc96", "#ab63fa",
            "#ffa15a", "#19d3f3", "#ff6692", "#b6e880", "#ff97ff", "#fecb52"), "#111111", "#1e1e1e",
            null, 12, "#f2f5fa", "#3a3f44", "#506784", List.of("#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"),
            List.of("#ef553b", "#2a2a2a", "#19d3f3"));

    private Themes() {
    }

    public static List<Theme> builtIns() {
        return List.of(DEFAULT, DARK);
    }

    public static Optional<Theme> builtIn(String name) {
        return builtIns().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
