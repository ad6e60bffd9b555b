package be.buddytrajectories.ui.testing;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;

/** The texts of the notifications a view showed. */
public final class Notices {

    private Notices() {
    }

    public static List<String> texts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
