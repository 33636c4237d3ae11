package com.usthem.core.train;

import opennlp.tools.ml.model.AbstractDataIndexer;
import opennlp.tools.ml.model.ComparableEvent;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.InsufficientTrainingDataException;
import opennlp.tools.util.ObjectStream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Some of the {@link ExampleFeatures}' examples indexed for training exactly as OpenNLP's
 * {@code OnePassDataIndexer} indexes their events: features seen fewer than {@code cutoff} times
 * left out, the rest numbered in alphabetical order, outcomes numbered as they first appear, and
 * identical events sorted and merged by OpenNLP's own code. Being the same data, it trains the same
 * weights; built from feature numbers, it needs neither the strings per occurrence nor a pass over
 * the texts.
 */
final class IndexedEvents extends AbstractDataIndexer {

    /**
     * @param subset   the examples to index, by position in {@code features}, in training order
     * @param outcomes each one's outcome ("marketing", or a distinction's axis)
     */
    IndexedEvents(ExampleFeatures features, int[] subset, String[] outcomes, int cutoff) {
        int[] counts = new int[features.dictionarySize()];
        for (int example : subset) {
            for (int id : features.of(example)) {
                counts[id]++;
            }
        }
        int[] kept = IntStream.range(0, counts.length).filter(id -> counts[id] >= cutoff).boxed()
                .sorted(Comparator.comparing(features::feature)).mapToInt(Integer::intValue).toArray();
        int[] predicateOf = new int[counts.length];
        Arrays.fill(predicateOf, -1);
        predLabels = new String[kept.length];
        predCounts = new int[kept.length];
        for (int predicate = 0; predicate < kept.length; predicate++) {
            predicateOf[kept[predicate]] = predicate;
            predLabels[predicate] = features.feature(kept[predicate]);
            predCounts[predicate] = counts[kept[predicate]];
        }

        Map<String, Integer> outcomeIds = new LinkedHashMap<>();
        List<ComparableEvent> events = new ArrayList<>(subset.length);
        for (int k = 0; k < subset.length; k++) {
            int outcome = outcomeIds.computeIfAbsent(outcomes[k], o -> outcomeIds.size());
            int[] context = Arrays.stream(features.of(subset[k])).map(id -> predicateOf[id]).filter(p -> p >= 0)
                    .toArray();
            // As OpenNLP does, an event left without a feature teaches nothing and is dropped.
            if (context.length > 0) {
                events.add(new ComparableEvent(outcome, context));
            }
        }
        outcomeLabels = outcomeIds.keySet().toArray(String[]::new);
        try {
            sortAndMerge(events, true);
        } catch (InsufficientTrainingDataException e) {
            throw new IllegalArgumentException("no example has a feature seen at least " + cutoff + " times", e);
        }
    }

    /** Built from feature numbers, never from a stream of events. */
    @Override
    public void index(ObjectStream<Event> eventStream) {
        throw new UnsupportedOperationException("IndexedEvents are built from ExampleFeatures");
    }
}
