package care.whatmatters.reporting.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The dashboard's report as HTML, rendered once and reused by everyone who asks for the same report until
 * its inputs change. Under load the page spent about two-thirds of its time in the template (some 300
 * expressions a page, evaluated by Spring's interpreter), although the report only changes when the counts
 * do. The part around it (the header with the signed-in person's name and their sign-out form) is rendered
 * for each request as before; the report holds nothing that depends on who asked.
 */
@Component
class RenderedReports {

    /** Bounded: a report is about 40 KB of HTML. */
    static final int MOST_KEPT = 100;

    /**
     * What a rendered report depends on. The measures are compared by identity: reporting hands out the same
     * list for as long as the counts stay the same, and a new one when they change, so comparing them by
     * identity is exact and costs nothing.
     */
    record Key(Object measures, long trained, String focus, String period, String area, LocalDate today,
            Map<String, String> areaChoices) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && measures == k.measures && trained == k.trained && focus.equals(k.focus)
                    && period.equals(k.period) && area.equals(k.area) && today.equals(k.today)
                    && areaChoices.equals(k.areaChoices);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(System.identityHashCode(measures), trained, focus, period, area, today,
                    areaChoices);
        }
    }

    private final ISpringTemplateEngine templates;
    private final ApplicationContext application;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(MOST_KEPT).build();

    RenderedReports(ISpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** The report's HTML for the key, rendered from the variables only when it is not kept already. */
    String html(Key key, Supplier<Map<String, Object>> variables, HttpServletRequest request,
            HttpServletResponse response) {
        return kept.get(key, k -> render(variables.get(), request, response));
    }

    private String render(Map<String, Object> variables, HttpServletRequest request, HttpServletResponse response) {
        // Links are never rewritten with a session id, even if the container would, because the HTML is shared.
        HttpServletResponse shared = new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }
        };
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, shared), Locale.UK, variables);
        // What Spring's view adds, so that templates can name beans (@ukDates) as they do in any page.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process("reporting/report", Set.of("report"), context);
    }
}
