package com.usthem.core;

import java.util.Locale;

/**
 * The six ways the article UsThem is built on tells marketing from sales. Each example of the
 * corpus records the one it mainly shows ({@code axis}); every verdict is explained in them.
 */
public enum Distinction {
    US_THEM("us-them", "Us vs. them",
            "about us: we, our product, the brand",
            "about them: what's in it for this buyer",
            "this talks about you, not about them. Turn one claim about your company into what this buyer "
                    + "gets, feels or is spared, in a moment of their own week.",
            "this is all about one buyer. Say what your company makes, does and stands for, in your own voice."),
    PUBLIC_PERSONAL("public-personal", "Public vs. personal",
            "a message for anyone who reads it",
            "one person writing to one person",
            "nobody in particular is being written to. Name the buyer, use something they told you, and write "
                    + "as one person to another.",
            "this reads like a note to one person. Leave out the names and private details so it works for "
                    + "anyone who reads it."),
    DREAM_REALITY("dream-reality", "The dream vs. the reality",
            "what the product could make possible",
            "what it will do for this buyer, in their numbers",
            "the promise is a dream. Make it real for this buyer: their numbers, their dates, \"if you do this, "
                    + "you will get at least that\".",
            "this is all specifics for one buyer. Paint what the product can make possible for anyone."),
    JOURNEY_LAST_MILE("journey-lastmile", "The journey vs. the last mile",
            "announcing: what is new, where, for whom",
            "asking for the action: sign, book, reply",
            "nothing asks this buyer to act. Ask for one concrete step: a signature, a date, a reply.",
            "this asks for a commitment. Announce instead: what is new, where it is, what it is for."),
    ATTRACT_KEEP("attract-keep", "Attracting vs. keeping",
            "courting people who don't know you yet",
            "looking after a client you already have",
            "this courts strangers. Speak to a client you already have: their account, how it has gone so far, "
                    + "a question about what they need next.",
            "this looks after one account. Speak to people who don't know you yet."),
    CHANCE_CLOSE("win-close", "A chance to win vs. closing",
            "creating chances: visits, inquiries, leads",
            "closing: the signed order, the deal, the revenue",
            "this counts chances (visits, leads, sign-ups). Count or ask for the win: the signed order, the "
                    + "deal, the revenue.",
            "this is about closing one deal. Talk about reach and interest: who is noticing, visiting, asking.");

    private final String axis;
    private final String title;
    private final String marketingSide;
    private final String salesSide;
    private final String towardSales;
    private final String towardMarketing;

    Distinction(String axis, String title, String marketingSide, String salesSide, String towardSales,
                String towardMarketing) {
        this.axis = axis;
        this.title = title;
        this.marketingSide = marketingSide;
        this.salesSide = salesSide;
        this.towardSales = towardSales;
        this.towardMarketing = towardMarketing;
    }

    /** As written in the corpus's {@code axis} field: "us-them", "journey-lastmile", ... */
    public String axis() {
        return axis;
    }

    /** The distinction's name, as people read it: "The journey vs. the last mile". */
    public String title() {
        return title;
    }

    /** What the side of {@code label} is, in a few words. */
    public String side(Label label) {
        return label == Label.SALES ? salesSide : marketingSide;
    }

    /** What would move a draft toward {@code target} on this distinction, in plain words. */
    public String tip(Label target) {
        return title + ": " + (target == Label.SALES ? towardSales : towardMarketing);
    }

    /** Lowercase id for files and JSON: "us_them", "journey_last_mile", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The distinction an {@code axis} value names, or null when it names none. */
    public static Distinction ofAxis(String axis) {
        for (Distinction distinction : values()) {
            if (distinction.axis.equals(axis)) {
                return distinction;
            }
        }
        return null;
    }
}
