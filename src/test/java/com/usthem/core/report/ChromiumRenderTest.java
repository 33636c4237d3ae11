package com.usthem.core.report;

import com.usthem.core.TestModels;
import com.usthem.core.TestPrograms;
import com.usthem.core.classify.TextScore;
import com.usthem.core.workshop.WorkshopSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TempDir
    Path dir;

    /** The DOM Chromium built from the page, parsed back for reading. */
    private Document render(String name, String html) throws Exception {
        Path chromium = TestPrograms.onPath("chromium");
        assumeTrue(chromium != null, "chromium is not installed");
        Path page = dir.resolve(name);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path dom = dir.resolve(name + ".dom");
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        // A guard against a hung browser, not a measure of speed.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("chromium did not finish; its log:\n" + Files.readString(log));
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed; its log:\n" + readQuietly(log));
        return Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
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
        assertTrue(text.contains("Pulling toward sales") && text.contains("Pulling toward marketing"), text);
        assertTrue(page.select("script").isEmpty());
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
