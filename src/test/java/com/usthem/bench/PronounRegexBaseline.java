package com.usthem.bench;

import com.usthem.core.Label;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cheapest possible verdict: count you/your against we/our/us with a regular expression. */
final class PronounRegexBaseline {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private PronounRegexBaseline() {
    }

    static Label verdict(String text) {
        int we = 0;
        int you = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            switch (matcher.group().toLowerCase(Locale.ROOT)) {
                case "we", "us", "our", "ours", "we're", "we've", "we'll" -> we++;
                case "you", "your", "yours", "you're", "you've", "you'll" -> you++;
                default -> { }
            }
        }
        return you > we ? Label.SALES : Label.MARKETING;
    }
}
