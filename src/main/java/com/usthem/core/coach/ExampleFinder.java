package com.usthem.core.coach;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.TextScore;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the corpus examples nearest a draft that show one distinction on the side the writer wants.
 * "Nearest" is by the model's own features: each text is the vector of its features, each weighted by
 * how much the model makes of it (the size of its contribution to the verdict), and two texts are as
 * near as the cosine of their vectors. An example qualifies when it has the target label, shows the
 * distinction (its recorded axis; for an example with none, such as most of the team's own, the
 * distinction the model of the distinctions reads in it, or none when the model has no such model),
 * and clearly leans toward the target on it by the model's reading. Short examples come first, so
 * the move they make can be read at a glance.
 *
 * <p>Each example is read by the model once, the first time it could qualify, and kept: a finder
 * for the same model on a changed corpus keeps what was read ({@link #withExamples}).
 */
public final class ExampleFinder {

    /** Examples up to this many characters are read at a glance; longer ones come after them. */
    static final int SHORT = 300;
    /** How far (log-odds) an example must lean toward the target on the distinction to show the move. */
    static final double CLEAR_MOVE = 0.3;

    private final ScoringEngine engine;
    private final List<Example> examples;
    private final Map<String, Reading> readings;

    /** What the model makes of one example: its weighted features, their length, and its profile. */
    private record Reading(Map<String, Double> vector, double norm, DistinctionProfile profile) {

        static Reading of(List<FeatureContribution> contributions, DistinctionProfile profile) {
            Map<String, Double> vector = new HashMap<>();
            double squares = 0;
            for (FeatureContribution contribution : contributions) {
                double weight = Math.abs(contribution.weight());
                vector.put(contribution.feature(), weight);
                squares += weight * weight;
            }
            return new Reading(vector, Math.sqrt(squares), profile);
        }

        double cosine(Reading other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                dot += entry.getValue() * other.vector.getOrDefault(entry.getKey(), 0.0);
            }
            return dot / (norm * other.norm);
        }

        /** The distinction the model of the distinctions reads in the text; null when the model has none. */
        Distinction strongestByModel() {
            return Double.isNaN(profile.leans().get(0).relevance()) ? null : profile.strongest();
        }
    }

    public ExampleFinder(ScoringEngine engine, List<Example> examples) {
        this(engine, examples, new ConcurrentHashMap<>());
    }

    private ExampleFinder(ScoringEngine engine, List<Example> examples, Map<String, Reading> readings) {
        this.engine = engine;
        this.examples = List.copyOf(examples);
        this.readings = readings;
    }

    /** The model that reads the examples. */
    public ScoringEngine engine() {
        return engine;
    }

    /** A finder on other examples of the same model, keeping the readings of the examples already read. */
    public ExampleFinder withExamples(List<Example> changed) {
        return new ExampleFinder(engine, changed, readings);
    }

    /**
     * Up to {@code limit} examples labeled {@code target} that show {@code distinction} leaning toward
     * the target, nearest the draft first (short ones before long ones). The draft's own copy, if it is
     * in the corpus, is never offered.
     *
     * @param draft        the draft's text
     * @param contributions the draft's features as the model weighs them (its reasons)
     */
    public List<CoachExample> nearest(String draft, List<FeatureContribution> contributions, Distinction distinction,
                                      Label target, int limit) {
        Reading query = Reading.of(contributions, null);
        String ownCopy = ExampleIds.normalize(draft);
        List<CoachExample> found = new ArrayList<>();
        for (Example example : examples) {
            Distinction recorded = Distinction.ofAxis(example.attribute("axis"));
            if (example.label() != target || recorded != null && recorded != distinction
                    || ExampleIds.normalize(example.text()).equals(ownCopy)) {
                continue;
            }
            Reading reading = read(example.text());
            Distinction shown = recorded != null ? recorded : reading.strongestByModel();
            double lean = reading.profile().lean(distinction).logOdds();
            if (shown == distinction && (target == Label.SALES ? lean : -lean) >= CLEAR_MOVE) {
                found.add(new CoachExample(example, distinction, recorded == null, query.cosine(reading)));
            }
        }
        found.sort(Comparator.comparing((CoachExample e) -> e.example().text().length() > SHORT)
                .thenComparing(Comparator.comparingDouble(CoachExample::similarity).reversed()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    private Reading read(String text) {
        return readings.computeIfAbsent(text, t -> {
            TextScore score = engine.verdict(t);
            List<FeatureContribution> contributions = engine.classifier().explainer().contributions(score.features());
            return Reading.of(contributions, engine.profile(contributions, score));
        });
    }
}
