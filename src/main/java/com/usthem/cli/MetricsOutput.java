package com.usthem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.Label;
import com.usthem.core.io.Json;
import com.usthem.core.io.Numbers;
import com.usthem.core.text.OneLine;
import com.usthem.core.train.CrossValidator;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.LabelMetrics;
import com.usthem.core.train.Metrics;
import com.usthem.core.train.Prediction;
import com.usthem.core.workspace.FlippedPrediction;
import com.usthem.core.workspace.RetrainReport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints metrics as a short report for people or as JSON for programs. */
final class MetricsOutput {

    private MetricsOutput() {
    }

    static void print(String title, Metrics metrics, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d examples, accuracy %.3f, macro-F1 %.3f%n", title, metrics.examples(),
                metrics.accuracy(), metrics.macroF1());
        out.printf("  %-10s %9s %6s %6s %7s%n", "label", "precision", "recall", "F1", "support");
        for (Label label : Label.values()) {
            LabelMetrics m = metrics.perLabel().get(label);
            out.printf(Locale.ROOT, "  %-10s %9.3f %6.3f %6.3f %7d%n", label.id(), m.precision(), m.recall(), m.f1(),
                    m.support());
        }
        out.printf("  confusion (rows actual, columns predicted):%n  %-10s %10s %10s%n", "", "marketing", "sales");
        for (Label actual : Label.values()) {
            out.printf("  %-10s %10d %10d%n", actual.id(), metrics.confusion().count(actual, Label.MARKETING),
                    metrics.confusion().count(actual, Label.SALES));
        }
    }

    static void printMisclassified(Evaluation evaluation, int limit, PrintWriter out) {
        if (limit <= 0 || evaluation.misclassified().isEmpty()) {
            return;
        }
        out.printf("misclassified (%d, showing up to %d):%n", evaluation.misclassified().size(), limit);
        evaluation.misclassified().stream().limit(limit).forEach(p -> out.printf(Locale.ROOT,
                "  %s  actual %s, predicted %s (sales %.2f): %s%n", p.example().id(), p.example().label().id(),
                p.predicted().id(), p.sales(), oneLine(p.example().text())));
    }

    /** Old and new model side by side: cross-validated, and on the held-out test split when there is one. */
    static void printComparison(RetrainReport report, PrintWriter out) {
        String old = "old (" + report.oldVersion() + ")";
        out.printf("%-34s %8s %8s %8s%n", "", "accuracy", "macro-F1", "examples");
        comparisonRow(old + ", cross-validated", report.oldCrossValidation(), out);
        comparisonRow("new, cross-validated", report.newCrossValidation(), out);
        if (report.newTest() != null) {
            comparisonRow(old + ", held-out test split", report.oldTest(), out);
            comparisonRow("new, held-out test split", report.newTest(), out);
        }
    }

    private static void comparisonRow(String name, Metrics metrics, PrintWriter out) {
        if (metrics == null) {
            out.printf("%-34s %8s%n", name, "not measured");
        } else {
            out.printf(Locale.ROOT, "%-34s %8.3f %8.3f %8d%n", name, metrics.accuracy(), metrics.macroF1(),
                    metrics.examples());
        }
    }

    static void printFlips(RetrainReport report, int limit, PrintWriter out) {
        List<FlippedPrediction> flips = report.flips();
        long fixed = flips.stream().filter(FlippedPrediction::fixed).count();
        out.printf("verdicts that changed: %d (%d now agree with their label, %d no longer do)%n", flips.size(), fixed,
                flips.size() - fixed);
        flips.stream().limit(Math.max(limit, 0)).forEach(f -> out.printf(Locale.ROOT,
                "  %s  label %-9s  %s -> %s  (sales %.2f -> %.2f): %s%n", f.example().id(), f.example().label().id(),
                f.oldPrediction().id(), f.newPrediction().id(), f.oldSales(), f.newSales(), oneLine(f.example().text())));
    }

    /** Each held-out group with its size and accuracy, worst first: where the model does not carry over. */
    static void printFolds(String field, CrossValidator.Result result, PrintWriter out) {
        out.printf(Locale.ROOT, "  mean accuracy over %d %s groups (each counts the same): %.3f%n",
                result.folds().size(), field, result.meanFoldAccuracy());
        out.printf("  %-28s %8s %8s%n", field + " held out", "examples", "accuracy");
        result.folds().stream()
                .sorted(java.util.Comparator.comparingDouble(f -> f.evaluation().metrics().accuracy()))
                .forEach(f -> out.printf(Locale.ROOT, "  %-28s %8d %8.3f%n", f.name(),
                        f.evaluation().metrics().examples(), f.evaluation().metrics().accuracy()));
    }

    static ObjectNode toJson(Evaluation evaluation, CrossValidator.Result byFold) {
        ObjectNode node = Json.MAPPER.valueToTree(evaluation.metrics());
        if (byFold != null) {
            node.put("meanFoldAccuracy", Numbers.round4(byFold.meanFoldAccuracy()));
            ArrayNode folds = node.putArray("folds");
            for (CrossValidator.FoldResult fold : byFold.folds()) {
                folds.addObject().put("name", fold.name())
                        .put("examples", fold.evaluation().metrics().examples())
                        .put("accuracy", Numbers.round4(fold.evaluation().metrics().accuracy()));
            }
        }
        ArrayNode wrong = node.putArray("misclassified");
        for (Prediction p : evaluation.misclassified()) {
            ObjectNode item = wrong.addObject();
            item.put("id", p.example().id());
            item.put("text", p.example().text());
            item.put("label", p.example().label().id());
            item.put("predicted", p.predicted().id());
            item.put("sales", Numbers.round4(p.sales()));
        }
        return node;
    }

    private static String oneLine(String text) {
        return OneLine.cut(text, 90, "...");
    }
}
