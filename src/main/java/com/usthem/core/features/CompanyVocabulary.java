package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Company, product and staff names that count as "we" words: copy that says "Acme" speaks about
 * the company as surely as copy that says "we". Names may have several words.
 */
public final class CompanyVocabulary {

    public static final CompanyVocabulary EMPTY = new CompanyVocabulary(List.of());

    private final List<String> names;
    private final List<String[]> phrases;

    public CompanyVocabulary(Collection<String> names) {
        this.names = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        List<String[]> split = new ArrayList<>();
        for (String name : this.names) {
            // Sentence tokens are matched lowercased with typographic apostrophes made plain; so are names.
            split.add(name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+"));
        }
        this.phrases = List.copyOf(split);
    }

    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The number of tokens of the name starting at token i, or 0 when no name starts there. */
    public int matchAt(SentenceAnalysis sentence, int i) {
        int best = 0;
        for (String[] phrase : phrases) {
            if (phrase.length > best && i + phrase.length <= sentence.size() && matches(phrase, sentence, i)) {
                best = phrase.length;
            }
        }
        return best;
    }

    private static boolean matches(String[] phrase, SentenceAnalysis sentence, int start) {
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(sentence.lower(start + k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyVocabulary that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names);
    }

    @Override
    public String toString() {
        return names.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
