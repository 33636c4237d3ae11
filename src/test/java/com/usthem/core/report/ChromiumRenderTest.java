package com.usthem.core.report;

import com.usthem.core.TestModels;
import com.usthem.core.TestPrograms;
import com.usthem.core.classify.TextScore;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.workshop.WorkshopSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the reports in a real browser, Debian's headless Chromium, with networking off, and reads
 * the page it built. Skipped only where chromium is not installed (.ci/run installs it).
 */
class ChromiumRenderTest {

    /** The bars' colours in the report's stylesheet. */
    private static final int MARKETING_INK = 0x0b5394;
    private static final int SALES_INK = 0xa34700;

    @TempDir
    Path dir;

    /** The DOM Chromium built from the page, parsed back for reading. */
    private Document render(String name, String html) throws Exception {
        Path dom = dir.resolve(name + ".dom");
        runChromium(name, html, dom, "--dump-dom");
        return Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
    }

    /** The page as Chromium draws it, in a window as wide as a laptop's. */
    private BufferedImage screenshot(String name, String html) throws Exception {
        Path png = dir.resolve(name + ".png");
        runChromium(name, html, dir.resolve(name + ".out"), "--screenshot=" + png, "--window-size=1200,2400",
                "--hide-scrollbars");
        return ImageIO.read(png.toFile());
    }

    private void runChromium(String name, String html, Path output, String... options) throws Exception {
        Path chromium = TestPrograms.onPath("chromium");
        assumeTrue(chromium != null, "chromium is not installed");
        Path page = dir.resolve(name);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir,
                "profile")));
        command.addAll(List.of(options));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(log.toFile())
                .start();
        // A guard against a hung browser, not a measure of speed.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("chromium did not finish; its log:\n" + Files.readString(log));
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed; its log:\n" + readQuietly(log));
    }

    /** Whether the image has a solid block of the colour at least this large: a bar's fill, not a letter. */
    private static boolean hasBlock(BufferedImage image, int rgb, int width, int height) {
        for (int y = 0; y + height <= image.getHeight(); y++) {
            for (int x = 0; x + width <= image.getWidth(); x++) {
                if (solid(image, rgb, x, y, width, height)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean solid(BufferedImage image, int rgb, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != rgb) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void draftReportReadsRightInTheBrowser() throws Exception {
        TextScore score = TestModels.shipped().score(DraftReportTest.DRAFT);
        Document page = render("report.html", DraftReportTest.render(DraftReportTest.DRAFT));

        assertEquals("UsThem report: draft <1>.txt", page.title());
        assertEquals("Reads like " + score.label().id() + ": " + Math.round(100 * score.sales()) + "% sales, "
                + Math.round(100 * score.marketing()) + "% marketing", page.getElementById("verdict").text());
        assertEquals(DraftReportTest.DRAFT, page.getElementById("heat").wholeText());
        assertEquals(score.sentences().size(), page.select("#heat span.s").size());
        assertTrue(page.select("#heat b").isEmpty(), "the draft's markup is shown as text");
        String text = page.body().text();
        assertTrue(text.contains(score.pronouns().we() + " we/our words"), text);
        assertEquals(7, page.select("#profile tbody tr").size(), "the six distinctions and the wording");
        assertEquals(score.sentences().size(), page.select("#sentences td.mini-chart").size());
        assertTrue(page.select("script").isEmpty());
    }

    /** The charts are drawn: solid bars in the marketing and the sales colour, big and small. */
    @Test
    void theChartsOfTheDistinctionsAreDrawn() throws Exception {
        String draft = "Kestrel is the region's most trusted, award-winning installer, rated number one for ten "
                + "years. Sign the quote by Friday and your crew starts on Monday.";
        ScoredText scored = TestModels.shippedEngine().score(draft);
        assertTrue(scored.profile().leans().stream().anyMatch(l -> l.logOdds() >= 1)
                && scored.profile().leans().stream().anyMatch(l -> l.logOdds() <= -1), "the draft leans both ways");
        BufferedImage page = screenshot("report.html", DraftReportTest.render(draft));
        assertTrue(hasBlock(page, MARKETING_INK, 8, 8), "a marketing bar is drawn");
        assertTrue(hasBlock(page, SALES_INK, 8, 8), "a sales bar is drawn");
    }

    @Test
    void workshopReportReadsRightInTheBrowser() throws Exception {
        WorkshopSession session = WorkshopReportTest.session();
        Document page = render("workshop.html", WorkshopReport.html(session));

        assertEquals("UsThem workshop: Tuesday <drills>", page.title());
        assertEquals(session.agreement().describe(), page.getElementById("agreement").text());
        assertEquals(3, page.select("section.round tbody tr").size());
        assertTrue(page.body().text().contains("<script>alert(1)</script>"));
        assertTrue(page.select("script").isEmpty());
    }
}
