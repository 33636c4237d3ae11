package com.usthem.core.team;

/**
 * How often people disagree on copy of one distinction (the examples' {@code axis}: us-them,
 * dream-reality, ...): where the team's labeling rules need talking about.
 *
 * @param copies    copies of this axis labeled by two or more people
 * @param contested those of them people labeled differently
 */
public record AxisDisagreement(String axis, int copies, int contested) {

    /** The axis of copy whose lines name none. */
    public static final String NO_AXIS = "(no axis)";

    public double share() {
        return copies == 0 ? 0 : (double) contested / copies;
    }
}
