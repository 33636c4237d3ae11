package com.usthem.core.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far one participant moved the prompts toward the side each asked for: for every prompt they
 * rewrote, their best rewrite's change toward the target, summed. Only the best rewrite of a prompt
 * counts, so sending three rewrites of a line scores no more than sending the best of them.
 *
 * @param towardTarget the summed change in sales probability (-1..1 a prompt), positive toward the targets
 */
public record ParticipantTally(String author, int rewrites, int prompts, double towardTarget) {

    /** Most points first; ties by name. */
    private static final Comparator<ParticipantTally> LEADERS = Comparator
            .comparingDouble(ParticipantTally::towardTarget).reversed().thenComparing(ParticipantTally::author);

    /** One tally per author who has a name, leaders first; rewrites without an author count for no one. */
    public static List<ParticipantTally> of(Collection<Rewrite> rewrites) {
        Map<String, Map<Integer, Double>> bestByPrompt = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Rewrite rewrite : rewrites) {
            if (rewrite.author().isEmpty()) {
                continue;
            }
            counts.merge(rewrite.author(), 1, Integer::sum);
            bestByPrompt.computeIfAbsent(rewrite.author(), a -> new LinkedHashMap<>())
                    .merge(rewrite.prompt().number(), rewrite.changeTowardTarget(), Math::max);
        }
        List<ParticipantTally> tallies = new ArrayList<>();
        bestByPrompt.forEach((author, best) -> tallies.add(new ParticipantTally(author, counts.get(author), best.size(),
                best.values().stream().mapToDouble(Double::doubleValue).sum())));
        tallies.sort(LEADERS);
        return tallies;
    }

    /** The change in whole percentage points, as the room reads it. */
    public long points() {
        return Math.round(100 * towardTarget);
    }
}
