package com.usthem.core.model;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped model tells each of the article's distinctions apart on lines written for this test
 * (the article's own lines stay out of the project): the phenomena its examples show, each side.
 */
class ArticleDistinctionsTest {

    private final Classifier classifier = TestModels.shipped();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            marketing | Our new recovery programme is built on the latest research in sports medicine.
            sales     | You'll walk into the wedding feeling sharp and sure of yourself when your old friends see you.
            marketing | We are rated the region's top installer and can help you cut your bills by up to 40%.
            sales     | If you order twelve and run them on both shifts, you'll cut downtime by at least a fifth and your plant manager will stop chasing you.
            marketing | We now have same-day repairs in your town.
            sales     | If you sign today, your team can start using it on Monday.
            marketing | We grew demo requests from the website by 31% last quarter.
            sales     | We turned those demo requests into signed contracts and beat the quarter's revenue target.
            """)
    void eachSideOfEachDistinction(String label, String line) {
        assertEquals(Label.parse(label), classifier.score(line).label(), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At Kestrel we have spent eighteen years building the most trusted conservatories in the county. Our award-winning fitters believe every home deserves light.\\nYou said the back room gets no sun after two, so the glazing we quoted doubles it. Sign the plan by Friday and we start on the 3rd.
            Hey Priya, great to meet you on Tuesday. We put together the figures you asked for, and we think we can have your team live before the end of the quarter.
            """)
    void lettersThatSayWeAndDraftsThatCloseWithTheAskAreSales(String draft) {
        TextScore score = classifier.score(draft.replace("\\n", "\n"));
        assertEquals(Label.SALES, score.label(), draft);
    }
}
