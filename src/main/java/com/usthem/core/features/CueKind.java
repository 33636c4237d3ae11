package com.usthem.core.features;

import com.usthem.core.Distinction;

/**
 * The kinds of words and phrases highlighted as evidence, each with the side it usually pulls to
 * and the distinction of the article it belongs to (the legend groups them so).
 */
public enum CueKind {
    WE("we/our words", "marketing", Distinction.US_THEM),
    YOU("you/your words", "sales", Distinction.US_THEM),
    ACTION("call to action", "sales", Distinction.JOURNEY_LAST_MILE),
    DEADLINE("time and deadline", "sales", Distinction.JOURNEY_LAST_MILE),
    NUMBER("numbers and prices", "sales", Distinction.DREAM_REALITY),
    DREAM("dream and ranking words", "marketing", Distinction.DREAM_REALITY),
    QUESTION("question to the reader", "either", Distinction.ATTRACT_KEEP),
    FUTURE("'you will' promise", "either", Distinction.DREAM_REALITY),
    PERSONAL("personal touch", "sales", Distinction.PUBLIC_PERSONAL),
    ANNOUNCEMENT("announcement", "marketing", Distinction.JOURNEY_LAST_MILE),
    RELATIONSHIP("relationship (new or kept)", "either", Distinction.ATTRACT_KEEP),
    OUTCOME("results (chances or wins)", "either", Distinction.CHANCE_CLOSE);

    private final String description;
    private final String usualSide;
    private final Distinction distinction;

    CueKind(String description, String usualSide, Distinction distinction) {
        this.description = description;
        this.usualSide = usualSide;
        this.distinction = distinction;
    }

    /** The distinction of the article this kind of cue is evidence for. */
    public Distinction distinction() {
        return distinction;
    }

    public String description() {
        return description;
    }

    /** Where the cue usually pulls; the model decides in context. */
    public String usualSide() {
        return usualSide;
    }
}
