package com.usthem.core.team;

import com.usthem.core.Label;

/**
 * How two people label the copy they both labeled: percent agreement, and Cohen's kappa, which
 * discounts the agreement two people would reach by chance given how often each says each label.
 *
 * @param counts how many copies {@code first} labeled row and {@code second} labeled column, both
 *               in {@link Label} order
 */
public record PairAgreement(String first, String second, int[][] counts) {

    private static final String[] READINGS = {"slight", "fair", "moderate", "substantial", "almost perfect"};
    private static final double READING_STEP = 0.2;

    public PairAgreement {
        int[][] copy = new int[Label.values().length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public int count(Label byFirst, Label bySecond) {
        return counts[byFirst.ordinal()][bySecond.ordinal()];
    }

    /** How many copies both labeled. */
    public int both() {
        int both = 0;
        for (Label a : Label.values()) {
            for (Label b : Label.values()) {
                both += count(a, b);
            }
        }
        return both;
    }

    public int agreed() {
        int agreed = 0;
        for (Label label : Label.values()) {
            agreed += count(label, label);
        }
        return agreed;
    }

    /** The share of copies both labeled alike, 0..1. */
    public double agreement() {
        return both() == 0 ? 0 : (double) agreed() / both();
    }

    /**
     * Kappa in words, on the scale of Landis and Koch (1977) that teams usually quote: "worse than
     * chance" below 0, then "slight" up to 0.20, "fair" to 0.40, "moderate" to 0.60, "substantial"
     * to 0.80 and "almost perfect" above; "not measurable" when kappa says nothing.
     */
    public String reading() {
        double kappa = kappa();
        if (Double.isNaN(kappa)) {
            return "not measurable";
        }
        if (kappa < 0) {
            return "worse than chance";
        }
        for (int i = 0; i < READINGS.length; i++) {
            if (kappa <= (i + 1) * READING_STEP) {
                return READINGS[i];
            }
        }
        return READINGS[READINGS.length - 1];
    }

    /**
     * Cohen's kappa, (observed − chance) / (1 − chance), where chance is the sum over labels of the
     * product of each person's share of that label. 1 is full agreement, 0 no better than chance.
     * NaN when chance agreement is 1 (both gave every copy one and the same label): then kappa says
     * nothing.
     */
    public double kappa() {
        double n = both();
        double chance = 0;
        for (Label label : Label.values()) {
            int byFirst = 0;
            int bySecond = 0;
            for (Label other : Label.values()) {
                byFirst += count(label, other);
                bySecond += count(other, label);
            }
            chance += (byFirst / n) * (bySecond / n);
        }
        return chance >= 1 ? Double.NaN : (agreement() - chance) / (1 - chance);
    }
}
