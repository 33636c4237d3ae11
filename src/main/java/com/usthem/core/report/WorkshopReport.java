package com.usthem.core.report;

import com.usthem.core.workshop.PromptRound;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import com.usthem.core.workshop.WorkshopSession;

import java.util.List;

/**
 * A workshop session as one self-contained HTML page: every prompt played, with its score and the
 * round table of rewrites (the room's vote and the phones' vote counts, the model's verdict, the
 * change from the prompt), the room-versus-model agreement over the session, and each named
 * participant's points toward the targets.
 */
public final class WorkshopReport {

    private WorkshopReport() {
    }

    /** What the template shows (the template engine reads it by reflection). */
    record Page(String deck, String started, int promptCount, int playedCount, int rewriteCount,
                       boolean oneRewrite, String agreement, HtmlTemplates.Scale scale, List<Round> rounds,
                       boolean anyParticipant, List<Participant> participants) {
    }

    /** One row of the participants' table. */
    record Participant(String who, int rewrites, int prompts, String points) {
    }

    /** One prompt and its rewrites. */
    record Round(int number, String direction, String prompt, String promptLabel, long promptPercent,
                        String promptColor, List<Line> rewrites) {
    }

    /** One rewrite in the round table. */
    record Line(int number, String who, String text, String vote, String label, long percent, String color,
                       String change, String agreement) {
    }

    public static String html(WorkshopSession session) {
        List<Round> rounds = session.playedRounds().stream().map(WorkshopReport::round).toList();
        int rewrites = rounds.stream().mapToInt(r -> r.rewrites().size()).sum();
        List<Participant> participants = session.participantTallies().stream()
                .map(t -> new Participant(t.author(), t.rewrites(), t.prompts(), HtmlTemplates.points(t.towardTarget())))
                .toList();
        Page page = new Page(session.deck().title(), HtmlTemplates.formatInstant(session.started()),
                session.promptCount(), rounds.size(), rewrites, rewrites == 1, session.agreement().describe(),
                HtmlTemplates.Scale.HEAT, rounds, !participants.isEmpty(), participants);
        return HtmlTemplates.render("workshop-report.mustache", page);
    }

    private static Round round(PromptRound round) {
        return new Round(round.prompt().number(), round.prompt().direction().describe(), round.prompt().text(),
                round.promptScore().label().id(), HtmlTemplates.percent(round.promptScore().sales()),
                HeatScale.color(round.promptScore().sales()), round.rewrites().stream().map(WorkshopReport::line)
                .toList());
    }

    /** "sales", or with the phones' counts "sales (12 sales, 5 marketing)"; an even split is a tie. */
    private static String vote(Rewrite rewrite) {
        VoteSplit phones = rewrite.votes();
        String room = rewrite.voted() ? rewrite.roomVote().id() : phones.total() > 0 ? "tie" : "\u2014";
        return phones.total() == 0 ? room : room + " (" + phones.describe() + ")";
    }

    private static Line line(Rewrite rewrite) {
        String agreement = !rewrite.voted() ? "no vote" : rewrite.roomAgrees() ? "\u2713 agreed" : "\u2717 disagreed";
        return new Line(rewrite.number(), rewrite.author().isEmpty() ? "\u2014" : rewrite.author(), rewrite.text(),
                vote(rewrite), rewrite.label().id(),
                HtmlTemplates.percent(rewrite.sales()), HeatScale.color(rewrite.sales()),
                HtmlTemplates.points(rewrite.change()), agreement);
    }
}
