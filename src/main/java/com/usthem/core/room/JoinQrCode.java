package com.usthem.core.room;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/** An address as a QR code, a black-on-white PNG for the projector: phones' cameras open the address. */
final class JoinQrCode {

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;
    /** The four-module quiet zone the standard asks for, so cameras find the code on any background. */
    private static final int QUIET_ZONE = 4;

    private JoinQrCode() {
    }

    /** The code with each module {@code pixelsPerModule} pixels square; about 10 reads well across a room. */
    static byte[] png(URI address, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixels per module must be at least 1, not " + pixelsPerModule);
        }
        BitMatrix modules = modules(address.toString());
        int side = modules.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, modules.get(x / pixelsPerModule, y / pixelsPerModule) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** One bit per module, quiet zone included (width 0 asks ZXing for no scaling). */
    private static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the address does not fit in a QR code: " + text, e);
        }
    }
}
