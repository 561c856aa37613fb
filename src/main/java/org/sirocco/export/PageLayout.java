package org.sirocco.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything goes on a 16:9 page of 960 × 540 points, the same in the PDF and the PowerPoint file. A scene's
 * page has its title, time window and note at the top, the picture across the whole width below them, and the
 * footer crediting the sources at the bottom; the picture is drawn to the shape of the room left, so that it fills
 * it. Coordinates run down from the page's top left corner, in points.
 */
final class PageLayout {

    static final float WIDTH = 960;
    static final float HEIGHT = 540;
    static final float MARGIN = 32;
    static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float TOP = 18;
    /** Between two blocks of text, and between the text and the picture. */
    private static final float GAP = 5;
    private static final float PICTURE_GAP = 8;
    private static final float BOTTOM = 8;
    /** Between two sources in their list. */
    private static final float ENTRY_GAP = 5;

    /** How one kind of text is set: font, size, line height, colour (RGB) and most lines it may take. */
    enum Style {
        TITLE(DocumentFont.BOLD, 26, 31, 0x000000, 3),
        WINDOW(DocumentFont.BOLD, 15, 19, 0x0B4EA2, 2),
        NOTE(DocumentFont.REGULAR, 14, 18, 0x111111, 3),
        FOOTER(DocumentFont.REGULAR, 10.5f, 13, 0x555555, 6),
        COVER_TITLE(DocumentFont.BOLD, 38, 46, 0x000000, 4),
        COVER_LINE(DocumentFont.REGULAR, 18, 24, 0x333333, 3),
        ENTRY(DocumentFont.REGULAR, 12, 15, 0x111111, Integer.MAX_VALUE);

        final DocumentFont font;
        final float size;
        final float leading;
        final int rgb;
        final int maxLines;

        Style(DocumentFont font, float size, float leading, int rgb, int maxLines) {
            this.font = font;
            this.size = size;
            this.leading = leading;
            this.rgb = rgb;
            this.maxLines = maxLines;
        }


        /** Height of {@code n} lines: the last one's descent fits in the line height too. */
        float height(int n) {
            return n * leading;
        }
    }

    /**
     * Lines of text in one style, the first line's top at {@code top}; a heading is the page's title. {@code text} is
     * what an editable text box holds: the text as given, or the lines kept when it had to be cut short.
     */
    record Block(Style style, String text, List<String> lines, float x, float top, float width, boolean heading) {

        float bottom() {
            return top + style.height(lines.size());
        }
    }

    /** A rectangle on the page, from its top left corner. */
    record Box(float x, float y, float width, float height) {
    }

    /** A scene's page: the text blocks (title first) and the picture's room. */
    record ScenePage(List<Block> blocks, Box picture) {
    }

    /** One source on a page of sources, and its link or null (the map data's credit has none). */
    record Item(Block block, String url) {
    }

    /** A page of sources: the heading, then the entries that fit. */
    record SourcesPage(Block heading, List<Item> items) {
    }

    private PageLayout() {
    }

    static ScenePage scene(String title, String window, String note, String footer) {
        List<Block> blocks = new ArrayList<>();
        Block titleBlock = block(Style.TITLE, title, TOP, true);
        blocks.add(titleBlock);
        float top = titleBlock.bottom();
        for (Block b : List.of(block(Style.WINDOW, window, top, false), block(Style.NOTE, note, top, false))) {
            if (!b.lines().isEmpty()) {
                Block placed = new Block(b.style(), b.text(), b.lines(), b.x(), top + GAP, b.width(), false);
                blocks.add(placed);
                top = placed.bottom();
            }
        }
        Block footerBlock = block(Style.FOOTER, footer, 0, false);
        float footerTop = HEIGHT - BOTTOM - footerBlock.bottom();
        if (!footerBlock.lines().isEmpty()) {
            blocks.add(block(Style.FOOTER, footer, footerTop, false));
        }
        float pictureTop = top + PICTURE_GAP;
        return new ScenePage(blocks, new Box(0, pictureTop, WIDTH, footerTop - GAP - pictureTop));
    }

    /** The title page: the title a third of the way down, the lines under it. */
    static List<Block> cover(String title, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Block titleBlock = block(Style.COVER_TITLE, title, HEIGHT / 3, true);
        blocks.add(titleBlock);
        float top = titleBlock.bottom() + 3 * GAP;
        for (String line : lines) {
            Block b = block(Style.COVER_LINE, line, top, false);
            blocks.add(b);
            top = b.bottom() + GAP;
        }
        return blocks;
    }

    /**
     * The sources in pages: as many whole entries on each as fit under its heading, so that none is cut; the map
     * data's credit closes the last page. Several pages are headed "Sources (1 of 2)" and so on, numbered in
     * {@code locale}.
     */
    static List<SourcesPage> sources(Deck.Sources sources, Locale locale) {
        Block head = block(Style.TITLE, sources.heading(), TOP, true);
        float start = head.bottom() + 3 * GAP;
        float bottom = HEIGHT - 2 * BOTTOM;
        List<List<Item>> pages = new ArrayList<>();
        List<Item> onPage = new ArrayList<>();
        float top = start;
        List<Deck.Entry> all = new ArrayList<>(sources.entries());
        all.add(new Deck.Entry(0, sources.credit(), null));
        for (Deck.Entry entry : all) {
            String text = entry.number() > 0 ? "[" + entry.number() + "] " + entry.text() : entry.text();
            Block b = block(Style.ENTRY, text, top, false);
            if (b.bottom() > bottom && !onPage.isEmpty()) {
                pages.add(onPage);
                onPage = new ArrayList<>();
                top = start;
                b = block(Style.ENTRY, text, top, false);
            }
            onPage.add(new Item(b, entry.url()));
            top = b.bottom() + ENTRY_GAP;
        }
        pages.add(onPage);
        List<SourcesPage> result = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String heading = pages.size() == 1 ? sources.heading()
                    : new MessageFormat(sources.pagedHeading(), locale).format(new Object[] {p + 1, pages.size()});
            result.add(new SourcesPage(block(Style.TITLE, heading, TOP, true), pages.get(p)));
        }
        return result;
    }

    private static Block block(Style style, String text, float top, boolean heading) {
        List<String> all = text.isBlank() ? List.of() : style.font.lines(text, style.size, TEXT_WIDTH);
        List<String> lines = style.font.cut(all, style.maxLines, style.size, TEXT_WIDTH);
        return new Block(style, lines == all ? text : String.join(" ", lines), lines, MARGIN, top, TEXT_WIDTH,
                heading);
    }
}
