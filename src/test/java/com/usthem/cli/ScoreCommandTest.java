package com.usthem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCommandTest {

    @TempDir
    Path workspace;

    private CliRun score(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "score";
        all[1] = "--workspace";
        all[2] = workspace.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(all);
    }

    @Test
    void printsLabelProbabilitiesAndSentenceTable() {
        CliRun run = score("If you sign today, your crew starts Tuesday.");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("sales  (marketing 0."), run.out());
        assertTrue(run.out().contains("If you sign today, your crew starts Tuesday."));
    }

    static final String BRAND_THEN_ASK = "We are proud to be the award-winning leader our industry trusts. "
            + "Sign the attached order by Friday and your crew starts Monday.";
    static final String ASK_THEN_BRAND = "Sign the attached order by Friday and your crew starts Monday. "
            + "We are proud to be the award-winning leader our industry trusts.";

    @Test
    void aDraftWhoseSentencesSplitIsCalledMixedInTheTableAndTheJson() throws Exception {
        CliRun table = score(BRAND_THEN_ASK);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().lines().skip(1).findFirst().orElseThrow()
                .startsWith("Mixed: opens as marketing, closes as sales (1 marketing, 1 sales sentences)"), table.out());

        JsonNode mixed = Json.MAPPER.readTree(score("--json", ASK_THEN_BRAND).out()).get("mixed");
        assertEquals("Mixed: opens as sales, closes as marketing", mixed.get("summary").asText());
        assertEquals("sales", mixed.get("opens").asText());
        assertEquals("marketing", mixed.get("closes").asText());
        assertEquals(1, mixed.get("marketingSentences").asInt());
        assertEquals(1, mixed.get("salesSentences").asInt());
    }

    @Test
    void theTableAndTheJsonExplainTheVerdictInTheSixDistinctions() throws Exception {
        CliRun table = score(BRAND_THEN_ASK);
        assertTrue(table.out().contains("distinction"), table.out());
        for (com.usthem.core.Distinction distinction : com.usthem.core.Distinction.values()) {
            assertTrue(table.out().contains(distinction.title()), distinction.title());
        }
        assertEquals(1, table.out().lines().filter(l -> l.startsWith("* ")).count(), "one distinction is starred");

        JsonNode json = Json.MAPPER.readTree(score("--json", BRAND_THEN_ASK).out());
        assertEquals(6, json.get("distinctions").size());
        double logOdds = json.get("wording").asDouble();
        for (JsonNode distinction : json.get("distinctions")) {
            assertEquals(distinction.get("logOdds").asDouble() > 0 ? "sales" : "marketing",
                    distinction.get("lean").asText());
            assertEquals(Math.abs(distinction.get("logOdds").asDouble()), distinction.get("strength").asDouble(), 1e-9);
            assertTrue(distinction.get("cues").size() <= 3);
            logOdds += distinction.get("logOdds").asDouble();
        }
        double sales = json.get("sales").asDouble();
        assertEquals(Math.log(sales / (1 - sales)), logOdds, 0.01, "the leans add up to the verdict");
        assertEquals("journey_last_mile", json.get("sentences").get(1).get("strongest").asText(),
                "the closing ask is about the last mile");
    }

    @Test
    void aDraftThatReadsOneWayHasNoMix() throws Exception {
        JsonNode json = Json.MAPPER.readTree(score("--json", "Sign the attached order by Friday.").out());
        assertTrue(json.get("mixed").isNull(), json.toString());
        assertFalse(score("Sign the attached order by Friday.").out().contains("Mixed"));
    }

    @Test
    void readsTextFromStdinWhenNoArguments() {
        CliRun run = CliRun.runWithStdin("We are the award-winning leader in home energy.\n", "score", "--workspace",
                workspace.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("marketing"), run.out());
    }

    @Test
    void jsonHasLabelProbabilitiesSentencesAndCues() throws Exception {
        String text = "Your quote for 40 seats is attached. Sign by Friday.";
        CliRun run = score("--json", text);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertEquals("sales", json.get("label").asText());
        assertEquals(1.0, json.get("marketing").asDouble() + json.get("sales").asDouble(), 1e-3);
        assertEquals(2, json.get("sentences").size());
        JsonNode first = json.get("sentences").get(0);
        assertEquals(text.substring(first.get("start").asInt(), first.get("end").asInt()), first.get("text").asText());
        boolean foundYour = false;
        for (JsonNode cue : json.get("cues")) {
            assertEquals(text.substring(cue.get("start").asInt(), cue.get("end").asInt()), cue.get("text").asText());
            foundYour |= cue.get("kind").asText().equals("you") && cue.get("text").asText().equals("Your");
        }
        assertTrue(foundYour, run.out());
    }

    @Test
    void jsonlKeepsEveryFieldAndAddsTheVerdict() throws Exception {
        Path input = workspace.resolve("drafts.jsonl");
        Files.writeString(input, """
                {"id": 7, "text": "Sign page four and the crew starts Monday.", "owner": {"name": "Dana"}}

                {"text": "Imagine a world where every home runs on sunlight.", "tags": ["hero"]}
                """, StandardCharsets.UTF_8);
        CliRun run = score("--jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertEquals(7, first.get("id").asInt());
        assertEquals("Dana", first.get("owner").get("name").asText());
        assertEquals("sales", first.get("label").asText());
        JsonNode second = Json.MAPPER.readTree(lines[1]);
        assertEquals("hero", second.get("tags").get(0).asText());
        assertEquals("marketing", second.get("label").asText());
        assertTrue(second.has("marketing") && second.has("sales"));
    }

    @Test
    void jsonlFromStdin() {
        CliRun run = CliRun.runWithStdin("{\"text\": \"Book your slot for Tuesday at 10am.\"}\n", "score",
                "--workspace", workspace.toString(), "--jsonl", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"label\":\"sales\""), run.out());
    }

    @Test
    void aBadJsonlLineIsNamedAndNothingIsPrinted() throws Exception {
        Path input = workspace.resolve("drafts.jsonl");
        Files.writeString(input, "{\"text\": \"Fine line.\"}\n{\"text\": \"broken\"\n{\"text\": \"\"}\n");
        CliRun run = score("--jsonl", input.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("usthem: " + input + ":2: malformed JSON"), run.err());
    }

    @Test
    void emptyTextIsRefused() {
        CliRun run = CliRun.runWithStdin("  \n", "score", "--workspace", workspace.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("empty text"), run.err());
    }

    @Test
    void missingModelFileIsNamed() {
        Path missing = workspace.resolve("nope.bin");
        CliRun run = score("--model", missing.toString(), "Hello there.");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(missing + ": no such model file"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = score("--frobnicate", "text");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void binaryInputIsRefusedWithTheFileName() throws Exception {
        Path binary = workspace.resolve("image.jsonl");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        CliRun run = score("--jsonl", binary.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(binary + ": looks like a binary file"), run.err());
    }
}
