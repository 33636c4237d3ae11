package com.usthem.core.team;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.usthem.core.Label.MARKETING;
import static com.usthem.core.Label.SALES;

/**
 * Corpus lines of a team: ten copies labeled by ana and ben, four of them by carol too, one by
 * dev alone, and carol's settlement of copy 6. {@link AgreementReportTest} works out its figures by hand.
 */
public final class AgreementFixture {

    private AgreementFixture() {
    }

    /** ana's, ben's and carol's labels of copies 1..10 (null: did not label it). */
    private static final Label[] ANA = {SALES, SALES, SALES, SALES, SALES, SALES, SALES, MARKETING, MARKETING, MARKETING};
    private static final Label[] BEN = {SALES, SALES, SALES, SALES, SALES, MARKETING, MARKETING, SALES, MARKETING, MARKETING};
    private static final Label[] CAROL = {SALES, MARKETING, null, null, null, SALES, null, MARKETING, null, null};

    public static List<Example> lines() {
        List<Example> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String axis = i < 5 ? "us-them" : "win-close";
            lines.add(line(i, "ana", ANA[i], axis));
            lines.add(line(i, "ben", BEN[i], axis));
            if (CAROL[i] != null) {
                lines.add(line(i, "carol", CAROL[i], axis));
            }
        }
        lines.add(line(10, "dev", SALES, "us-them"));
        lines.add(LabeledCopyTest.settlement("carol", SALES, 9).withText("Copy number 6."));
        return lines;
    }

    private static Example line(int copy, String author, Label label, String axis) {
        return new Example("c" + (copy + 1) + "-" + author, "Copy number " + (copy + 1) + ".", label, "user", null,
                Map.of("axis", TextNode.valueOf(axis))).withAuthor(author);
    }

}
