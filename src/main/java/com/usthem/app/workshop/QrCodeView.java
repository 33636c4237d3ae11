package com.usthem.app.workshop;

import com.usthem.core.room.RoomEntrance;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import java.io.ByteArrayInputStream;

/**
 * The room's QR code, as large as {@link #sideProperty()} allows in whole pixels per module, each
 * pixel copied (not interpolated): a camera reads sharp black and white squares, where a scaled,
 * smoothed code blurs (and the software renderer smooths whatever ImageView is told).
 */
final class QrCodeView extends ImageView {

    private final DoubleProperty side = new SimpleDoubleProperty(this, "side", 200);
    private Image code;

    /** {@code entrance}: the room's, null when no room is open. */
    QrCodeView(ObservableValue<RoomEntrance> entrance) {
        entrance.addListener((observable, old, now) -> show(now));
        side.addListener((observable, old, now) -> fit());
        show(entrance.getValue());
    }

    /** The most room the code may take, in pixels, each way. */
    DoubleProperty sideProperty() {
        return side;
    }

    /** The code at one pixel a module (a few milliseconds' work), enlarged by {@link #fit()}. */
    private void show(RoomEntrance entrance) {
        code = entrance == null ? null : new Image(new ByteArrayInputStream(entrance.qrPng(1)));
        setImage(null);
        fit();
    }

    private void fit() {
        if (code == null) {
            return;
        }
        int modules = (int) code.getWidth();
        int scale = (int) Math.max(1, Math.floor(side.get() / modules));
        if (getImage() != null && getImage().getWidth() == modules * scale) {
            return;
        }
        WritableImage large = new WritableImage(modules * scale, modules * scale);
        PixelReader from = code.getPixelReader();
        PixelWriter to = large.getPixelWriter();
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                to.setArgb(x, y, from.getArgb(x / scale, y / scale));
            }
        }
        setImage(large);
    }
}
