package com.usthem.core.classify;

import opennlp.tools.ml.model.Context;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;

/**
 * The features of a text as one list, without copying the per-sentence arrays it is made of, and
 * with the model's numbers of the features it knows: explaining a long draft's verdict then adds
 * up numbers instead of hashing every feature again at each keystroke.
 */
final class ResolvedFeatures extends AbstractList<String> {

    private final List<ModelEvaluation.Resolved> parts;
    private final Context[] parameters;
    private final int size;

    /** @param parameters the model's weights, which the parts' numbers index */
    ResolvedFeatures(List<ModelEvaluation.Resolved> parts, Context[] parameters) {
        this.parts = parts;
        this.parameters = parameters;
        this.size = parts.stream().mapToInt(p -> p.features().length).sum();
    }

    /** Whether the numbers index these weights (the model the explainer explains). */
    boolean numbers(Context[] weights) {
        return parameters != null && parameters == weights;
    }

    /** The numbers of the features the model knows, in the list's order, repeats included. */
    void forEachKnown(IntConsumer action) {
        for (ModelEvaluation.Resolved part : parts) {
            for (int index : part.indices()) {
                action.accept(index);
            }
        }
    }

    @Override
    public String get(int index) {
        int remaining = index;
        for (ModelEvaluation.Resolved part : parts) {
            if (remaining < part.features().length) {
                return part.features()[remaining];
            }
            remaining -= part.features().length;
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** Walks the parts' arrays directly: explaining a verdict iterates every feature of the text. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int part;
            private int next;

            @Override
            public boolean hasNext() {
                while (part < parts.size() && next == parts.get(part).features().length) {
                    part++;
                    next = 0;
                }
                return part < parts.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return parts.get(part).features()[next++];
            }
        };
    }

    @Override
    public int size() {
        return size;
    }
}
