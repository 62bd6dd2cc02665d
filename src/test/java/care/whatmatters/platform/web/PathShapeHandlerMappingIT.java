package care.whatmatters.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The quicker handler lookup chooses exactly what Spring's own lookup chooses: for a request to every path
 * of every mapping in the application, with each of its methods (and one it does not have), with and without
 * JSON and HTML asked for, and for paths that match nothing, both answer the same handler or the same refusal.
 */
@IntegrationTest
class PathShapeHandlerMappingIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping quicker;
    @Autowired
    ApplicationContext application;

    @Test
    void theApplicationUsesIt() {
        assertThat(quicker).isInstanceOf(PathShapeHandlerMapping.class);
    }

    @Test
    void choosesWhatSpringChoosesForEveryMappingsPaths() throws Exception {
        // Spring's own mapping, set up as the application's is, over the same controllers.
        RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
        spring.setContentNegotiationManager(quicker.getContentNegotiationManager());
        spring.setPatternParser(quicker.getPatternParser());
        application.getAutowireCapableBeanFactory().initializeBean(spring, "springsOwnMapping");
        assertThat(spring.getHandlerMethods()).hasSameSizeAs(quicker.getHandlerMethods());

        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : quicker.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString().replaceAll("\\{[^/}]+}", "x1");
                paths.add(path);
                paths.add(path + "/unknown");
                paths.add(path + "/");
                paths.add(path.toUpperCase());
            }
        }
        paths.addAll(List.of("/", "/nothing-here", "/api/v1/persons/x1%2Fplan", "/api/v1/persons;a=b/x1",
                "//api/v1/persons", "/api/v1/persons/x1//plan"));
        assertThat(paths).hasSizeGreaterThan(200);

        List<String> compared = new ArrayList<>();
        for (String path : paths) {
            for (RequestMethod method : RequestMethod.values()) {
                for (String accept : new String[] {"application/json", "text/html", "*/*"}) {
                    String said = method + " " + path + " (" + accept + ")";
                    assertThat(answer(quicker, method, path, accept)).as(said)
                            .isEqualTo(answer(spring, method, path, accept));
                    compared.add(said);
                }
            }
        }
        assertThat(compared).hasSizeGreaterThan(3_000);
    }

    /** The handler method a mapping chooses, "none", or the kind of refusal it answers with. */
    private static String answer(RequestMappingHandlerMapping mapping, RequestMethod method, String path,
            String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        request.addHeader("Accept", accept);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            return ((HandlerMethod) chain.getHandler()).getMethod().toGenericString();
        } catch (Exception refused) {
            return refused.getClass().getName();
        }
    }

    @Test
    void readsOnlyPlainPathsAndPatterns() {
        assertThat(PathShapeHandlerMapping.segments("/api/v1/persons/9")).containsExactly("api", "v1", "persons", "9");
        assertThat(PathShapeHandlerMapping.segments("/")).isEmpty();
        assertThat(PathShapeHandlerMapping.segments("/a/")).isNull();
        assertThat(PathShapeHandlerMapping.segments("/a%2Fb")).isNull();
        assertThat(PathShapeHandlerMapping.segments("/a;x=1")).isNull();
        assertThat(PathShapeHandlerMapping.segments("/a//b")).isNull();
        assertThat(PathShapeHandlerMapping.shapeOf("/persons/{id}/plan")).hasSize(3);
        assertThat(PathShapeHandlerMapping.shapeOf("/persons/{id:[0-9]+}")).isNull();
        assertThat(PathShapeHandlerMapping.shapeOf("/files/**")).isNull();
        assertThat(PathShapeHandlerMapping.shapeOf("/files/{*rest}")).isNull();
        assertThat(PathShapeHandlerMapping.shapeOf("/files/a{b}")).isNull();
        assertThat(PathShapeHandlerMapping.shapeOf("/files/*.css")).isNull();
    }
}
