package ai.kai.report;

import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to (X)HTML with commonmark-java and its GFM tables: raw HTML in the text is escaped, never passed through;
 * link targets such as {@code javascript:} are neutralised; images become a link with their alt text, because a
 * report must open offline and its PDF must not fetch anything.
 */
final class MarkdownText {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("\n")
            .nodeRendererFactory(ImageAsLink::new).build();

    private MarkdownText() {
    }

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(Escape.xmlChars(markdown)));
    }

    /** {@code ![alt](url)} → a link reading "alt" (or "image"), with the URL sanitised like any other link. */
    private static final class ImageAsLink implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text text) {
                    alt.append(text.getLiteral());
                }
            }
            String href = context.encodeUrl(context.urlSanitizer().sanitizeLinkUrl(image.getDestination()));
            html.tag("a", context.extendAttributes(image, "a", java.util.Map.of("href", href, "class", "image-link")));
            html.text(alt.isEmpty() ? "image" : "image: " + alt);
            html.tag("/a");
        }
    }
}
