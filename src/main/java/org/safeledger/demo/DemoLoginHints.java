package org.safeledger.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** In demo mode the sign-in page lists the demo users and their password. */
@ControllerAdvice(basePackages = "org.safeledger.identity.web")
class DemoLoginHints {

    private final DemoMode demoMode;

    DemoLoginHints(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demoUsers")
    @Nullable
    List<DemoUser> demoUsers() {
        return demoMode.enabled() ? DemoData.USERS : null;
    }

    @ModelAttribute("demoPassword")
    @Nullable
    String demoPassword() {
        return demoMode.enabled() ? DemoData.PASSWORD : null;
    }
}
