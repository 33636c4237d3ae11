package com.usthem.core.workshop;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workshop being played: the deck, each prompt's score, the rewrites typed for each prompt with
 * the room's vote and the model's verdict, and the running agreement between room and model.
 *
 * <p>Thread-safe: {@link #addRewrite} scores off whatever thread calls it (a UI calls it from a
 * background task) and the accessors return immutable snapshots.
 */
public final class WorkshopSession {

    private final Deck deck;
    private final Classifier classifier;
    private final Instant started;
    private final List<TextScore> promptScores;
    private final List<List<Rewrite>> rewrites = new ArrayList<>();

    private WorkshopSession(Deck deck, Classifier classifier, Instant started, List<TextScore> promptScores) {
        this.deck = deck;
        this.classifier = classifier;
        this.started = started;
        this.promptScores = List.copyOf(promptScores);
        deck.prompts().forEach(p -> rewrites.add(new ArrayList<>()));
    }

    /** Scores every prompt of the deck (a second or so: call it off the UI thread) and starts the session. */
    public static WorkshopSession start(Deck deck, Classifier classifier, Clock clock) {
        if (deck.prompts().isEmpty()) {
            throw new IllegalArgumentException("the deck '" + deck.title() + "' has no prompts");
        }
        List<TextScore> scores = deck.prompts().stream().map(p -> classifier.score(p.text())).toList();
        return new WorkshopSession(deck, classifier, clock.instant(), scores);
    }

    public Deck deck() {
        return deck;
    }

    public Instant started() {
        return started;
    }

    public int promptCount() {
        return deck.prompts().size();
    }

    /**
     * Scores a rewrite of prompt {@code promptIndex} (from 0) and adds it to that prompt's round.
     * {@code roomVote} is the room's guess before the reveal, or null when the room did not vote.
     * Empty, and nothing added, when the rewrite has nothing to score (no word in it).
     */
    public Optional<Rewrite> addRewrite(int promptIndex, String author, String text, Label roomVote) {
        DeckPrompt prompt = deck.prompts().get(promptIndex);
        TextScore score = classifier.score(text.strip());
        if (score.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            List<Rewrite> round = rewrites.get(promptIndex);
            int number = round.isEmpty() ? 1 : round.get(round.size() - 1).number() + 1;
            Rewrite rewrite = new Rewrite(prompt, promptScores.get(promptIndex).sales(), number, author, text.strip(),
                    roomVote, VoteSplit.NONE, score);
            round.add(rewrite);
            return Optional.of(rewrite);
        }
    }

    /**
     * Records how the room's phones voted on a rewrite of the session, which keeps its place and
     * number; the updated rewrite, or empty when it is not in the session (taken back meanwhile).
     */
    public synchronized Optional<Rewrite> recordVotes(Rewrite rewrite, VoteSplit votes) {
        List<Rewrite> round = rewrites.get(rewrite.prompt().number() - 1);
        int at = round.indexOf(rewrite);
        if (at < 0) {
            return Optional.empty();
        }
        Rewrite voted = rewrite.withVotes(votes);
        round.set(at, voted);
        return Optional.of(voted);
    }

    /** Takes back a rewrite typed by mistake; false when it is not in the session. */
    public synchronized boolean removeRewrite(Rewrite rewrite) {
        return rewrites.get(rewrite.prompt().number() - 1).remove(rewrite);
    }

    public synchronized PromptRound round(int promptIndex) {
        return new PromptRound(deck.prompts().get(promptIndex), promptScores.get(promptIndex),
                rewrites.get(promptIndex));
    }

    /** Every prompt's round, played or not, in deck order. */
    public synchronized List<PromptRound> rounds() {
        List<PromptRound> rounds = new ArrayList<>();
        for (int i = 0; i < deck.prompts().size(); i++) {
            rounds.add(round(i));
        }
        return rounds;
    }

    /** The rounds that have at least one rewrite: what an export shows. */
    public List<PromptRound> playedRounds() {
        return rounds().stream().filter(r -> !r.rewrites().isEmpty()).toList();
    }

    public synchronized List<Rewrite> allRewrites() {
        return rewrites.stream().flatMap(List::stream).toList();
    }

    /** Agreement between room and model over the whole session so far. */
    public AgreementTally agreement() {
        return AgreementTally.of(allRewrites());
    }

    /** Each named participant's points toward the targets over the whole session, leaders first. */
    public List<ParticipantTally> participantTallies() {
        return ParticipantTally.of(allRewrites());
    }
}
