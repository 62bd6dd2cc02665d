package care.whatmatters.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the application serves, read from Spring MVC's own mapping table, as "METHOD /path/{var}". */
final class Routes {

    /** Framework routes that are not the platform's own (the OpenAPI description and the error page). */
    private static final Set<String> FRAMEWORK = Set.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
            "/swagger-ui.html", "/error");

    private Routes() {
    }

    static List<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (FRAMEWORK.contains(path) || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add("GET " + path);
                } else {
                    methods.forEach(m -> routes.add(m.name() + " " + path));
                }
            }
        }
        return new ArrayList<>(routes);
    }
}
