package be.buddytrajectories.host.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailedRequestsTest {

    @Test
    void aFailureThatEscapesTheApplicationBecomesA500AndNeverReachesJettysLogOfTheAddress() throws Exception {
        AtomicInteger status = new AtomicInteger();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "sendError" -> {
                        status.set((int) args[0]);
                        yield null;
                    }
                    default -> null;
                });

        new FailedRequests().doFilter(null, response, (request, ignored) -> {
            throw new ServletException("failed at /n/q8Zk3vT0aLmN");
        });

        assertThat(status).hasValue(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
