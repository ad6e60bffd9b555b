package be.buddytrajectories.ui.newcomer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    /** Reads a QR code back from PNG bytes with ZXing, as a phone's camera would. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void theQrCodeIsAPngThatDecodesBackToTheLink() throws Exception {
        String link = "https://buddy.example.org/n/8Jr3rXr0Qkq9yqJ2bq6m3lB7x0Zs9wK1tYc4Vn5aPq8";

        byte[] png = QrCode.png(link);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(decode(png)).isEqualTo(link);
        assertThat(QrCode.dataUrl(link)).startsWith("data:image/png;base64,");
        assertThat(decode(Base64.getDecoder().decode(QrCode.dataUrl(link).substring("data:image/png;base64,".length()))))
                .isEqualTo(link);
    }
}
