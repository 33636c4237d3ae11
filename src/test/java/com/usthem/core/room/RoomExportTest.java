package com.usthem.core.room;

import com.usthem.core.io.CsvRows;
import com.usthem.core.report.WorkshopReport;
import com.usthem.core.workshop.WorkshopCsv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the phones sent, as the session's export keeps it: names, rewrites and votes, all as text. */
class RoomExportTest {

    private static final String NAME = "<script>alert('name')</script>";
    private static final String REWRITE = "<img src=x onerror=alert(1)> Sign by <b>Friday</b> & save \"20%\".";

    private WorkshopRoom room;

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void theExportHoldsTheRoomsRewritesNamesAndVotesAsText() throws Exception {
        room = TestRooms.open(RoomLimits.DEFAULT);
        PhoneClient mallory = new PhoneClient(room.entrance().address());
        String key = mallory.join(NAME);
        mallory.post("submit", Map.of("participant", key, "prompt", 1, "text", REWRITE));
        PhoneClient priya = new PhoneClient(room.entrance().address());
        String priyaKey = priya.join("Priya");
        priya.post("submit", Map.of("participant", priyaKey, "prompt", 1, "text", TestRooms.SALES_REWRITE));
        room.putUp(1);
        mallory.post("vote", Map.of("participant", key, "submission", 1, "side", "sales"));
        priya.post("vote", Map.of("participant", priyaKey, "submission", 1, "side", "sales"));
        room.reveal();
        room.close();

        String html = WorkshopReport.html(room.session());
        assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("<b>"), "markup escaped");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, img, b").isEmpty());
        List<Element> rows = page.select("section.round tbody tr");
        assertEquals(List.of(NAME, REWRITE, "sales (2 sales, 0 marketing)"),
                rows.get(0).select("td").subList(1, 4).stream().map(Element::text).toList());
        assertEquals(List.of("Priya", TestRooms.SALES_REWRITE, "\u2014"),
                rows.get(1).select("td").subList(1, 4).stream().map(Element::text).toList());
        assertEquals(Set.of(NAME, "Priya"), Set.copyOf(page.select("#participants tbody tr td:first-child").eachText()));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        WorkshopCsv.write(room.session(), csv);
        List<List<String>> lines = new ArrayList<>();
        try (CsvRows read = new CsvRows(csv.toString(StandardCharsets.UTF_8))) {
            read.next();
            for (var row = read.next(); row != null; row = read.next()) {
                List<String> values = row.values();
                lines.add(List.of(values.get(6), values.get(7), values.get(8), values.get(14), values.get(15)));
            }
        }
        assertEquals(List.of(List.of(NAME, REWRITE, "sales", "0", "2"),
                List.of("Priya", TestRooms.SALES_REWRITE, "", "", "")), lines);
    }
}
