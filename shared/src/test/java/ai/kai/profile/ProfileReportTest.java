package ai.kai.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class ProfileReportTest {
    @TempDir
    static Path dir;
    static DatasetProfile profile;
    static String html;
    static Document dom;

    @BeforeAll
    static void renderTheGeneratedTable() throws Exception {
        try (Connection c = ProfileFixture.open(dir)) {
            profile = new ProfileService().profile(c, "data", ProfileOptions.defaults());
        }
        html = ProfileReport.html(profile, "Sales <2024> & \"more\"");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldBeWellFormedMarkupWithTheExpectedSections() {
        Element root = dom.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("html");
        assertThat(text("title").get(0)).isEqualTo("Sales <2024> & \"more\"");
        assertThat(text("h2")).contains("Alerts", "Missing values", "Columns", "Correlations",
                "How these figures were computed");
        assertThat(dom.getElementsByTagName("section").getLength()).isGreaterThan(profile.columnCount());
    }

    @Test
    void shouldShowEveryColumnNameEscaped() {
        for (ColumnProfile c : profile.columns()) {
            assertThat(html).contains(Html.esc(c.name()));
            assertThat(dom.getDocumentElement().getTextContent()).contains(c.name());
        }
        assertThat(html).doesNotContain(ProfileFixture.WEIRD).contains("we&quot;ird &lt;b&gt;col&lt;/b&gt; &amp;");
    }

    @Test
    void shouldOpenOfflineWithoutScriptsOrExternalReferences() {
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
                .doesNotContain("url(").doesNotContain("@import");
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed")) {
            assertThat(dom.getElementsByTagName(tag).getLength()).as(tag).isZero();
        }
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                String name = attributes.item(j).getNodeName();
                assertThat(name).doesNotStartWith("on").isNotEqualTo("src");
                if (name.equals("href")) {
                    assertThat(attributes.item(j).getNodeValue()).startsWith("#");
                }
            }
        }
        assertThat(dom.getDocumentElement().getTextContent()).contains(ProfileFixture.SCRIPT);
    }

    @Test
    void shouldDrawHistogramsTopValuesNullsAndTheHeatmapAsInlineSvg() {
        long histograms = profile.columns().stream().filter(c -> c.histogram() != null).count();
        long tops = profile.columns().stream()
                .filter(c -> c.topValues() != null && !c.topValues().isEmpty() && c.topValues().get(0).count() > 1)
                .count();
        NodeList svgs = dom.getElementsByTagName("svg");
        assertThat((long) svgs.getLength()).isEqualTo(histograms + tops + 2);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            labels.add(((Element) svgs.item(i)).getAttribute("aria-label"));
        }
        assertThat(labels).contains("Share of NULL values per column", "Pearson correlation between numeric columns",
                "Histogram of amount", "Most frequent values of region");
        int pairs = profile.correlations().size();
        assertThat(html).contains("r = " + String.format(java.util.Locale.ROOT, "%.3f",
                profile.correlations().get(0).pearson()));
        assertThat(pairs).isPositive();
    }

    @Test
    void shouldEscapeMarkupControlCharactersAndLinkLikeText() {
        assertThat(Html.esc("<a href='x'>&</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.esc("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
        assertThat(Html.esc("lone \uD800 surrogate, pair \uD83D\uDE00")).isEqualTo("lone \uFFFD surrogate, pair 😀");
        assertThat(Html.esc("see https://example.org")).isEqualTo("see https:&#47;&#47;example.org");
        assertThat(Html.value("x".repeat(200))).hasSize(121).endsWith("…");
    }

    private static List<String> text(String tag) {
        NodeList nodes = dom.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
