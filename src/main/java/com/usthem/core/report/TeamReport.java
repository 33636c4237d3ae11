package com.usthem.core.report;

import com.usthem.core.team.AgreementReport;
import com.usthem.core.team.AxisDisagreement;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.team.PairAgreement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a team agrees on its labeling rules, as one self-contained HTML page for a team meeting:
 * how many copies each person labeled, each pair's percent agreement and Cohen's kappa (with its
 * reading in words), the distinctions people disagree on most, and the disputed copies, open ones
 * first.
 */
public final class TeamReport {

    private TeamReport() {
    }

    /** What the template shows (the template engine reads it by reflection). */
    record Page(String workspace, String generated, String summary, boolean anyShared, HtmlTemplates.Scale scale,
                List<Person> people, List<Pair> pairs, List<Axis> axes, List<Dispute> disputed) {

        public boolean anyPeople() {
            return !people.isEmpty();
        }

        public boolean anyAxes() {
            return !axes.isEmpty();
        }

        public boolean anyDisputed() {
            return !disputed.isEmpty();
        }
    }

    record Person(String name, int labels) {
    }

    record Pair(String names, int both, int agreed, String agreement, String kappa, String reading) {
    }

    record Axis(String axis, int copies, int contested, long percent) {
    }

    record Dispute(String id, String state, boolean open, String labels, String text) {
    }

    /** The report as HTML; {@code workspace} names the team's workspace. */
    public static String html(String workspace, AgreementReport report, Instant generated) {
        List<Person> people = report.labelsByPerson().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Person(e.getKey(), e.getValue())).toList();
        List<Pair> pairs = report.pairs().stream().map(TeamReport::pair).toList();
        List<Axis> axes = report.axes().stream().map(TeamReport::axis).toList();
        List<Dispute> disputed = report.disputed().stream().map(TeamReport::dispute).toList();
        Page page = new Page(workspace, HtmlTemplates.formatInstant(generated), report.summary(),
                report.shared() > 0, HtmlTemplates.Scale.HEAT, people, pairs, axes, disputed);
        return HtmlTemplates.render("team-report.mustache", page);
    }

    private static Pair pair(PairAgreement pair) {
        double kappa = pair.kappa();
        return new Pair(pair.first() + " & " + pair.second(), pair.both(), pair.agreed(),
                String.format(Locale.ROOT, "%.1f%%", 100 * pair.agreement()),
                Double.isNaN(kappa) ? "n/a" : String.format(Locale.ROOT, "%.2f", kappa), pair.reading());
    }

    private static Axis axis(AxisDisagreement axis) {
        return new Axis(axis.axis(), axis.copies(), axis.contested(), HtmlTemplates.percent(axis.share()));
    }

    private static Dispute dispute(LabeledCopy copy) {
        return new Dispute(copy.id(), copy.settlementWords(), copy.state() == LabeledCopy.State.DISPUTED,
                copy.whoSaidWhat(), copy.text());
    }
}
