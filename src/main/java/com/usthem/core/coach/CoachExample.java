package com.usthem.core.coach;

import com.usthem.core.Distinction;
import com.usthem.core.corpus.Example;

/**
 * A corpus example shown to a writer as one that makes the move they need: a real entry, quoted as
 * it is in the corpus, with its label.
 *
 * @param distinctionFromModel true when the example records no distinction (the team's own examples
 *                             usually don't) and it is the one the model of the distinctions reads in it
 * @param similarity           cosine similarity to the draft over the model's weighted features, 0..1
 */
public record CoachExample(Example example, Distinction distinction, boolean distinctionFromModel,
                           double similarity) {
}
