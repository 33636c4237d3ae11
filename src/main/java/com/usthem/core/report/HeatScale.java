package com.usthem.core.report;

import java.util.Locale;

/**
 * The colour of a score, on a blue (marketing) to orange (sales) scale through a light grey: the
 * blue and orange of the Okabe–Ito palette, which people with red–green colour blindness tell
 * apart, tinted light so dark text stays readable on them. Shared by the reports and the app so
 * a sentence has the same colour everywhere.
 */
public final class HeatScale {

    private static final int[] MARKETING_RGB = tint(0x00, 0x72, 0xB2);
    private static final int[] NEUTRAL_RGB = {0xF2, 0xF2, 0xF2};
    private static final int[] SALES_RGB = tint(0xE6, 0x9F, 0x00);

    /** The ends and middle of the scale as CSS colours, for legends. */
    public static final String MARKETING = hex(MARKETING_RGB);
    public static final String NEUTRAL = hex(NEUTRAL_RGB);
    public static final String SALES = hex(SALES_RGB);

    private HeatScale() {
    }

    /** {@code #rrggbb} for a sales probability 0..1 (values outside are clamped). */
    public static String color(double sales) {
        double s = Math.max(0, Math.min(1, sales));
        int[] from = s < 0.5 ? MARKETING_RGB : NEUTRAL_RGB;
        int[] to = s < 0.5 ? NEUTRAL_RGB : SALES_RGB;
        double t = s < 0.5 ? s / 0.5 : (s - 0.5) / 0.5;
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(from[i] + (to[i] - from[i]) * t);
        }
        return hex(mixed);
    }

    /** Mixes a colour 40% of the way to white. */
    private static int[] tint(int red, int green, int blue) {
        return new int[] {lighten(red), lighten(green), lighten(blue)};
    }

    private static int lighten(int channel) {
        return (int) Math.round(channel + (255 - channel) * 0.4);
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
