package com.usthem.core.train.baseline;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.job.Cancellation;
import com.usthem.core.train.Learner;
import com.usthem.core.train.Predictor;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fastText-style supervised classifier (Joulin et al., "Bag of Tricks for Efficient Text
 * Classification"): words and word pairs hashed into buckets, each bucket a small learned vector,
 * a text the average of its vectors, a logistic output, trained by SGD with a linearly decaying
 * learning rate, as {@code fasttext supervised -wordNgrams 2 -dim 32 -epoch 25 -lr 0.5} does
 * (on two labels fastText's softmax is this logistic output). Single-threaded with a fixed seed so
 * that its figures repeat.
 */
public final class FastTextStyleClassifier implements Learner {

    private static final int DIM = 32;
    private static final int BUCKETS = 1 << 20;
    private static final int EPOCHS = 25;
    private static final double LEARNING_RATE = 0.5;
    private static final long SEED = 20_261_201L;

    private final TextAnalyzer analyzer;

    public FastTextStyleClassifier(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String description() {
        return "fastText-style classifier (words and word pairs, dim " + DIM + ", " + EPOCHS + " epochs)";
    }

    @Override
    public Predictor train(List<Example> examples, ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        List<int[]> documents = new ArrayList<>(examples.size());
        for (Example example : examples) {
            documents.add(buckets(example.text()));
        }
        Random random = new Random(SEED);
        float[] input = new float[BUCKETS * DIM];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) ((random.nextDouble() * 2 - 1) / DIM);
        }
        double[] output = new double[DIM];
        long total = (long) EPOCHS * examples.size();
        long step = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        double[] hidden = new double[DIM];
        double[] gradient = new double[DIM];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            cancellation.throwIfCancelled();
            java.util.Collections.shuffle(order, random);
            for (int index : order) {
                int[] rows = documents.get(index);
                if (rows.length == 0) {
                    step++;
                    continue;
                }
                double rate = LEARNING_RATE * (1 - (double) step++ / total);
                average(input, rows, hidden);
                double target = examples.get(index).label() == Label.SALES ? 1 : 0;
                double g = rate * (target - sigmoid(dot(output, hidden)));
                for (int d = 0; d < DIM; d++) {
                    gradient[d] = g * output[d] / rows.length;
                    output[d] += g * hidden[d];
                }
                for (int row : rows) {
                    for (int d = 0; d < DIM; d++) {
                        input[row * DIM + d] += (float) gradient[d];
                    }
                }
            }
            listener.progress("epoch " + (epoch + 1) + " of " + EPOCHS, (epoch + 1.0) / EPOCHS);
        }
        return text -> {
            int[] rows = buckets(text);
            if (rows.length == 0) {
                return 0.5;
            }
            double[] h = new double[DIM];
            average(input, rows, h);
            return sigmoid(dot(output, h));
        };
    }

    private int[] buckets(String text) {
        return BaselineTokens.unigramsAndBigrams(analyzer, text).stream().mapToInt(FastTextStyleClassifier::bucket)
                .toArray();
    }

    /** fastText's hash: 32-bit FNV-1a over the UTF-8 bytes. */
    private static int bucket(String term) {
        int hash = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, BUCKETS);
    }

    private static void average(float[] input, int[] rows, double[] into) {
        java.util.Arrays.fill(into, 0);
        for (int row : rows) {
            for (int d = 0; d < DIM; d++) {
                into[d] += input[row * DIM + d];
            }
        }
        for (int d = 0; d < DIM; d++) {
            into[d] /= rows.length;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
