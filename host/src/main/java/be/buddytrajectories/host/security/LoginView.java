package be.buddytrajectories.host.security;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;

/** Sign-in. A refused sign-in shows one message for every cause, and nothing else. */
@Route(value = "login", autoLayout = false)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAccounts accounts;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(UserAccounts accounts) {
        this.accounts = accounts;
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
        add(form);
    }

    private void signIn(String username, String password) {
        accounts.signIn(username, password.toCharArray()).ifPresentOrElse(user -> {
            // A new HTTP session on sign-in, so that a session id seen before sign-in is worthless after it.
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
            SessionUser.attach(user);
            getUI().ifPresent(ui -> {
                ui.setLocale(user.locale());
                ui.navigate("");
            });
        }, () -> {
            form.setError(true);
            form.setEnabled(true);
        });
    }

    private LoginI18n translations() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("host.login.title"));
        i18n.getForm().setUsername(getTranslation("host.login.username"));
        i18n.getForm().setPassword(getTranslation("host.login.password"));
        i18n.getForm().setSubmit(getTranslation("host.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("host.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("host.login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SessionUser.signedIn().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.login.title");
    }
}
