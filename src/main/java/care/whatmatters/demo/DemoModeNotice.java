package care.whatmatters.demo;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages that demo mode is on, so the sign-in page can list the demo accounts. */
@ControllerAdvice(annotations = Controller.class)
@Conditional(DemoMode.class)
class DemoModeNotice {

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return true;
    }
}
