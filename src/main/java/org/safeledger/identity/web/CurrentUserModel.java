package org.safeledger.identity.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.identity.CurrentActor;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model carries {@code me}, the signed-in user (or null), for the layout's header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModel {

    @ModelAttribute("me")
    @Nullable
    Actor me() {
        return CurrentActor.find().orElse(null);
    }
}
