package be.buddytrajectories.hostapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Vaadin route: anyone may open it without signing in (for example a newcomer's page reached through a
 * personal link). The host shows it without its main layout's menu and never writes the page's address to its
 * logs, since such an address usually carries a secret. The view itself decides what the visitor may see.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
