package com.usthem.core.workshop;

import com.usthem.core.Label;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.Numbers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A workshop session as CSV: one row per rewrite, with its prompt, the room's vote and the model's
 * verdict. The phones' vote counts come last, so the columns of earlier exports keep their places.
 * Names and rewrites come from anyone in the room, and the file is opened in spreadsheets: one
 * that starts like a formula is written with a leading apostrophe, so it stays text there.
 */
public final class WorkshopCsv {

    public static final List<String> COLUMNS = List.of("prompt_number", "direction", "prompt", "prompt_label",
            "prompt_sales", "rewrite_number", "author", "rewrite", "room_vote", "label", "marketing", "sales",
            "change", "room_agrees", "votes_marketing", "votes_sales");

    /**
     * What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection; names and
     * rewrites are stripped, so a tab or a return never leads).
     */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@]");

    private WorkshopCsv() {
    }

    public static void write(WorkshopSession session, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (PromptRound round : session.playedRounds()) {
            for (Rewrite rewrite : round.rewrites()) {
                rows.add(List.of(String.valueOf(round.prompt().number()), round.prompt().direction().id(),
                        round.prompt().text(), round.promptScore().label().id(),
                        number(round.promptScore().sales()), String.valueOf(rewrite.number()),
                        asText(rewrite.author()), asText(rewrite.text()),
                        rewrite.voted() ? rewrite.roomVote().id() : "", rewrite.label().id(),
                        number(rewrite.score().marketing()), number(rewrite.sales()), number(rewrite.change()),
                        rewrite.voted() ? (rewrite.roomAgrees() ? "yes" : "no") : "",
                        phoneVotes(rewrite, Label.MARKETING), phoneVotes(rewrite, Label.SALES)));
            }
        }
        CsvRows.write(out, COLUMNS, rows);
    }

    /** A participant's text as a spreadsheet shows it: "=1+1" would be computed, "'=1+1" is text. */
    private static String asText(String value) {
        return FORMULA_START.matcher(value).find() ? "'" + value : value;
    }

    /** Empty when no phone voted, so "nobody voted" and "the trainer pressed a key" read apart from "0". */
    private static String phoneVotes(Rewrite rewrite, Label side) {
        return rewrite.votes().total() == 0 ? "" : String.valueOf(rewrite.votes().count(side));
    }

    private static String number(double value) {
        return String.valueOf(Numbers.round4(value));
    }
}
