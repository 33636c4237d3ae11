package com.usthem.core.features;

/** The kinds of words and phrases highlighted as evidence, each with the side it usually pulls to. */
public enum CueKind {
    WE("we/our words", "marketing"),
    YOU("you/your words", "sales"),
    ACTION("call to action", "sales"),
    DEADLINE("time and deadline", "sales"),
    NUMBER("numbers and prices", "sales"),
    DREAM("dream and ranking words", "marketing"),
    QUESTION("question to the reader", "either"),
    FUTURE("'you will' promise", "either"),
    PERSONAL("personal touch", "sales"),
    ANNOUNCEMENT("announcement", "marketing"),
    RELATIONSHIP("relationship (new or kept)", "either"),
    OUTCOME("results (chances or wins)", "either");

    private final String description;
    private final String usualSide;

    CueKind(String description, String usualSide) {
        this.description = description;
        this.usualSide = usualSide;
    }

    public String description() {
        return description;
    }

    /** Where the cue usually pulls; the model decides in context. */
    public String usualSide() {
        return usualSide;
    }
}
