package be.buddytrajectories.hostapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Vaadin route: the user needs at least one of these permissions to open it. The host checks it before
 * navigation and shows its "access denied" view otherwise; services still check on their own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {

    String[] value();
}
