package com.usthem.core.room;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinQrCodeTest {

    private static final URI ADDRESS = URI.create("http://192.168.1.23:41234/r/k7qm2x9p4hd8w3nf/");

    @Test
    void aCameraReadsTheJoinAddressBack() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(JoinQrCode.png(ADDRESS, 6)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap seen = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(ADDRESS.toString(), new QRCodeReader().decode(seen).getText());
    }

    @Test
    void theImageIsWholeModulesWithAQuietZone() throws Exception {
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(JoinQrCode.png(ADDRESS, 1)));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(JoinQrCode.png(ADDRESS, 10)));
        assertEquals(small.getWidth() * 10, large.getWidth());
        assertEquals(large.getWidth(), large.getHeight());
        int modules = small.getWidth() - 8;
        assertEquals(0, (modules - 17) % 4, "a QR code is 17 + 4v modules wide, plus four white on each side");
        assertTrue(modules >= 21, modules + " modules");
        for (int i = 0; i < small.getWidth(); i++) {
            assertEquals(0xFFFFFFFF, small.getRGB(i, 3), "the quiet zone is white");
            assertEquals(0xFFFFFFFF, small.getRGB(3, i), "the quiet zone is white");
        }
        assertEquals(0xFF000000, small.getRGB(4, 4), "the finder pattern starts where the quiet zone ends");
        assertThrows(IllegalArgumentException.class, () -> JoinQrCode.png(ADDRESS, 0));
    }
}
