package be.buddytrajectories.ui.newcomer;

import be.buddytrajectories.core.qr.QrCodes;
import java.util.Base64;

/** A QR code of a link as a PNG, black on white, to show on screen and to print. */
final class QrCode {

    private QrCode() {
    }

    static byte[] png(String text) {
        return QrCodes.png(text);
    }

    /** The PNG as a {@code data:} address for an image element: nothing is registered or cached on the server. */
    static String dataUrl(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }
}
