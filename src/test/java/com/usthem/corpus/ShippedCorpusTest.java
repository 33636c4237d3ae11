package com.usthem.corpus;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The shipped corpus keeps the promises of training-data/README.md. */
class ShippedCorpusTest {

    private static final Path DATA = Path.of("training-data");
    private static final Set<String> AXES = Set.of("us-them", "public-personal", "dream-reality", "journey-lastmile",
            "attract-keep", "win-close");
    private static final Set<String> MARKETING_CHANNELS = Set.of("about page", "ad", "billboard", "blog post",
            "brand story", "brochure", "campaign brief", "case study", "community post", "email campaign",
            "event announcement", "event invite", "funding announcement", "fundraising appeal", "headline",
            "impact report", "job ad", "landing page", "launch post", "loyalty email", "marketing report", "newsletter",
            "press release", "product page", "release notes", "social post", "tagline", "video script", "website");
    private static final Set<String> SALES_CHANNELS = Set.of("account check-in", "account notice", "business review",
            "call script", "closing message", "cold email", "demo invite", "donor ask", "follow-up",
            "linkedin message", "meeting recap", "meeting request", "onboarding email", "partnership ask",
            "pitch line", "proposal", "proposal note", "quote", "renewal reminder", "sales update", "sponsorship ask",
            "statement of work", "text message", "trial-ending email", "upgrade email", "upsell email",
            "usage-limit email", "voicemail");

    private static List<Example> training;
    private static List<Example> test;
    private static List<Example> all;

    @BeforeAll
    static void read() {
        CorpusReadResult trainingRead = CorpusFiles.readTraining(DATA);
        CorpusReadResult testRead = CorpusFiles.read(DATA.resolve(CorpusFiles.TEST_FILE), CorpusFormat.JSONL, "x");
        assertTrue(trainingRead.clean(), trainingRead.problems().toString());
        assertTrue(testRead.clean(), testRead.problems().toString());
        training = trainingRead.examples();
        test = testRead.examples();
        all = new ArrayList<>(training);
        all.addAll(test);
    }

    @Test
    void hasAtLeast3000RoughlyBalancedExamples() {
        assertTrue(all.size() >= 3000, "only " + all.size() + " examples");
        long sales = count(e -> e.label() == Label.SALES);
        assertTrue(Math.abs(sales - (all.size() - sales)) <= all.size() * 0.05, "unbalanced: " + sales + " sales");
    }

    @Test
    void testSplitHasAtLeast300ExamplesStratifiedLikeTheWhole() {
        assertTrue(test.size() >= 300, "test split has " + test.size());
        for (Label label : Label.values()) {
            for (String axis : AXES) {
                for (boolean hard : new boolean[] {true, false}) {
                    Predicate<Example> stratum = e -> e.label() == label && axis.equals(e.attribute("axis"))
                            && e.hard() == hard;
                    long inAll = all.stream().filter(stratum).count();
                    long inTest = test.stream().filter(stratum).count();
                    assertEquals(inAll * 0.2, inTest, 1.0, label + "/" + axis + "/hard=" + hard);
                }
            }
        }
    }

    @Test
    void noTestExampleIsAlsoATrainingExample() {
        Set<String> trainingTexts = new HashSet<>();
        training.forEach(e -> trainingTexts.add(ExampleIds.normalize(e.text())));
        assertTrue(test.stream().noneMatch(e -> trainingTexts.contains(ExampleIds.normalize(e.text()))));
    }

    @Test
    void coversEveryAxisOnBothSidesAndManyIndustries() {
        for (Label label : Label.values()) {
            for (String axis : AXES) {
                long n = count(e -> e.label() == label && axis.equals(e.attribute("axis")));
                assertTrue(n >= 30, label + " has only " + n + " examples on axis " + axis);
            }
        }
        Set<String> industries = new HashSet<>();
        all.forEach(e -> industries.add(e.attribute("industry")));
        assertTrue(industries.size() >= 15, "industries: " + industries);
    }

    @Test
    void everyExampleHasValidAxisChannelIndustryAndHardness() {
        for (Example e : all) {
            assertTrue(AXES.contains(e.attribute("axis")), e.id() + " axis " + e.attribute("axis"));
            Set<String> channels = e.label() == Label.MARKETING ? MARKETING_CHANNELS : SALES_CHANNELS;
            assertTrue(channels.contains(e.attribute("channel")), e.id() + " channel " + e.attribute("channel"));
            assertTrue(e.attribute("industry") != null && !e.attribute("industry").isBlank(), e.id());
            assertTrue(e.extras().containsKey("hard") && e.extras().get("hard").isBoolean(), e.id());
            assertEquals("usthem", e.source(), e.id());
        }
    }

    @Test
    void atLeast30PercentAreHardCasesOnBothSides() {
        assertTrue(count(Example::hard) >= all.size() * 0.3);
        for (Label label : Label.values()) {
            long hard = count(e -> e.hard() && e.label() == label);
            assertTrue(hard >= count(e -> e.label() == label) * 0.25, label + " has only " + hard + " hard cases");
        }
    }

    @Test
    void lengthsRangeFromSlogansToEmailsAndAThirdAreMultiSentence() {
        long multiSentence = count(e -> e.text().strip().split("[.!?](\\s|$)").length >= 2);
        assertTrue(multiSentence >= all.size() / 3, "multi-sentence: " + multiSentence);
        assertTrue(count(e -> words(e) <= 5) >= 20, "too few short slogans");
        assertTrue(count(e -> words(e) >= 80) >= 20, "too few long drafts");
        assertTrue(all.stream().allMatch(e -> words(e) >= 3 && words(e) <= 300));
    }

    /** The second batch records whether a draft's sentences lean both ways; a quarter or more of it does. */
    @Test
    void aQuarterOfTheExamplesThatRecordItAreMixedDrafts() {
        List<Example> recorded = all.stream().filter(e -> e.extras().containsKey("mixed")).toList();
        assertTrue(recorded.size() >= 1500, "only " + recorded.size() + " examples record 'mixed'");
        assertTrue(recorded.stream().allMatch(e -> e.extras().get("mixed").isBoolean()));
        long mixed = recorded.stream().filter(e -> e.extras().get("mixed").asBoolean()).count();
        assertTrue(mixed >= recorded.size() / 4, mixed + " mixed of " + recorded.size());
        for (Label label : Label.values()) {
            assertTrue(recorded.stream().filter(e -> e.label() == label && e.extras().get("mixed").asBoolean())
                    .count() >= mixed / 3, "mixed drafts must be on both sides");
        }
    }

    @Test
    void hasNoDuplicatesOrOneWordSwaps() {
        Map<String, String> seen = new HashMap<>();
        Map<String, String> withOneWordOut = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Example e : all) {
            String normalized = ExampleIds.normalize(e.text());
            String first = seen.putIfAbsent(normalized, e.id());
            if (first != null) {
                problems.add(e.id() + " duplicates " + first);
            }
            String[] words = normalized.split(" ");
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < words.length; i++) {
                keys.add(words.length + ":" + i + ":" + join(words, i));
            }
            for (String key : keys) {
                String other = withOneWordOut.putIfAbsent(key, e.id());
                if (other != null && !other.equals(e.id())) {
                    problems.add(e.id() + " differs from " + other + " by one word");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static String join(String[] words, int skip) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != skip) {
                joined.append(words[i]).append(' ');
            }
        }
        return joined.toString();
    }

    private static int words(Example e) {
        return e.text().strip().split("\\s+").length;
    }

    private static long count(Predicate<Example> predicate) {
        return all.stream().filter(predicate).count();
    }
}
