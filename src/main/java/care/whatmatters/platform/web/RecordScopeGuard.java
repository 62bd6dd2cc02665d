package care.whatmatters.platform.web;

import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.platform.security.CurrentActor;
import care.whatmatters.shared.PersonId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Makes "no relationship, no entry" hold for every route about one person ({@code /persons/{id}/…},
 * {@code /me/{id}/…}, {@code /api/v1/persons/{id}/…}): before the handler reads anything, the caller must
 * have some basis for this person, or the request is refused with 403 (and the refusal audited). The
 * break-glass routes are the exception: they are how a practitioner without a relationship gets one.
 */
class RecordScopeGuard implements HandlerInterceptor {

    private static final List<String> PERSON_ROUTES = List.of("/persons/{id}", "/me/{id}", "/api/v1/persons/{id}");

    private final RecordAccess access;

    RecordScopeGuard(RecordAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (route == null || route.endsWith("/break-glass") || PERSON_ROUTES.stream().noneMatch(route::startsWith)) {
            return true;
        }
        Optional<Actor> actor = CurrentActor.get();
        Optional<UUID> person = personId(request);
        if (actor.isPresent() && person.isPresent()) {
            access.guard(actor.get(), new PersonId(person.get()), resourceOf(route), !"GET".equals(request.getMethod()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failed) {
        access.endOfRequest(); // request threads are pooled: nothing of this request may reach the next
    }

    /** What the route is about, in the access log's words: "/api/v1/persons/{id}/plan/goals" is "plan goals". */
    static String resourceOf(String route) {
        String rest = route;
        for (String prefix : PERSON_ROUTES) {
            if (route.startsWith(prefix)) {
                rest = route.substring(prefix.length());
            }
        }
        String words = java.util.Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{"))
                .collect(java.util.stream.Collectors.joining(" "));
        return words.isEmpty() ? "record" : words;
    }

    @SuppressWarnings("unchecked")
    private static Optional<UUID> personId(HttpServletRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        try {
            return Optional.ofNullable(variables).map(v -> v.get("id")).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // the handler answers 400 for an id that is not one
        }
    }
}
