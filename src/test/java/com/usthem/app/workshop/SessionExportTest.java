package com.usthem.app.workshop;

import com.usthem.core.TestModels;
import com.usthem.core.workshop.BundledDecks;
import com.usthem.core.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionExportTest {

    @TempDir
    Path dir;

    @Test
    void aSecondExportOfTheSameSessionIsWrittenBesideTheFirstNotOverIt() throws Exception {
        Instant started = Instant.parse("2026-11-28T09:30:00Z");
        WorkshopSession session = WorkshopSession.start(BundledDecks.all().get(1), TestModels.shipped(),
                Clock.fixed(started, ZoneId.of("UTC")));
        session.addRewrite(0, "Ana", "We believe every renewal is a promise kept.", null);
        SessionExport.Written first = SessionExport.write(session, dir);
        String firstCsv = Files.readString(first.csv());
        session.addRewrite(0, "Ben", "Our family has served yours for thirty years.", null);
        SessionExport.Written second = SessionExport.write(session, dir);

        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                .format(started.atZone(ZoneId.systemDefault()));
        String base = "workshop-sales-lines-to-rewrite-as-marketing-" + stamp;
        assertEquals(dir.resolve(base + ".csv"), first.csv());
        assertEquals(dir.resolve(base + ".html"), first.html());
        assertEquals(dir.resolve(base + "-2.csv"), second.csv());
        assertEquals(firstCsv, Files.readString(first.csv()), "the first export is left as it was");
        assertTrue(Files.readString(second.csv()).contains("Ben"));
        assertTrue(Files.readString(second.html()).contains("Ben"));
    }

    @Test
    void deckTitlesBecomeShortFileNames() {
        assertEquals("friday-drills", SessionExport.slug("  Friday drills! "));
        assertEquals("caf\u00e9-cr\u00e8me", SessionExport.slug("Caf\u00e9 / cr\u00e8me"));
        assertEquals("session", SessionExport.slug("***"));
        assertEquals(40, SessionExport.slug("a".repeat(80)).length());
    }
}
