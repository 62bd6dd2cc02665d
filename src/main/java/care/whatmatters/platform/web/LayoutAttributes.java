package care.whatmatters.platform.web;

import care.whatmatters.access.Actor;
import care.whatmatters.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page, for the header ("Signed in as ..."). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

    @ModelAttribute("currentUser")
    Actor currentUser() {
        return CurrentActor.get().orElse(null);
    }
}
