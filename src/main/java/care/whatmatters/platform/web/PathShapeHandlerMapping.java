package care.whatmatters.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's handler mapping, told quickly which mappings cannot match. For a path with a variable in it
 * ({@code /api/v1/persons/{id}/plan/goals}), Spring checks every one of the application's 260 mappings in turn,
 * each through the request's method (five request wrappers deep) and its patterns: 11 % of the server's Java CPU
 * when agreeing plans, 7 % when opening records. Most mappings are plain segments and variables, so a mapping
 * whose every pattern has a different number of segments from the path, or a different literal segment, is
 * passed over before Spring looks at it. Anything this cannot be sure of (wildcards, regular expressions,
 * encoded or unusual paths) goes to Spring's own matching as before, so the handler chosen is always Spring's.
 */
class PathShapeHandlerMapping extends RequestMappingHandlerMapping {

    /** The path's segments while this thread looks for a handler, or null to check every mapping. */
    private static final ThreadLocal<String[]> PATH = new ThreadLocal<>();

    /**
     * Each mapping's pattern shapes, worked out once when the mappings are known and looked up by identity (the
     * registry hands back the same mapping objects): hashing and comparing the mappings themselves cost more
     * than the check saves. A mapping missing from it (one registered later) is always left to Spring.
     */
    private volatile Map<RequestMappingInfo, String[][]> shapes = Map.of();

    private static final String[][] ALWAYS = new String[0][];

    /** Marks a variable segment in a shape. */
    private static final String VARIABLE = new String("{variable}");

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        Map<RequestMappingInfo, String[][]> known = new IdentityHashMap<>();
        getHandlerMethods().keySet().forEach(info -> known.put(info, shapesOf(info)));
        shapes = Collections.unmodifiableMap(known);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        PATH.set(segments(lookupPath));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] path = PATH.get();
        if (path != null && !mayMatch(shapes.getOrDefault(info, ALWAYS), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    static boolean mayMatch(String[][] patterns, String[] path) {
        if (patterns == ALWAYS) {
            return true;
        }
        for (String[] pattern : patterns) {
            if (fits(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] != VARIABLE && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain path's segments, or null if the path is one this must leave to Spring: encoded characters or
     * matrix parameters (Spring matches decoded segments), empty segments, or a trailing slash.
     */
    static String[] segments(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('%') >= 0 || path.indexOf(';') >= 0
                || path.contains("//") || (path.length() > 1 && path.endsWith("/"))) {
            return null;
        }
        return path.length() == 1 ? new String[0] : path.substring(1).split("/", -1);
    }

    /** The shapes of a mapping's patterns, or {@link #ALWAYS} if any pattern is more than segments and variables. */
    static String[][] shapesOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ALWAYS;
        }
        List<String[]> shapes = new ArrayList<>();
        for (PathPattern pattern : condition.getPatterns()) {
            String[] shape = shapeOf(pattern.getPatternString());
            if (shape == null) {
                return ALWAYS;
            }
            shapes.add(shape);
        }
        return shapes.toArray(String[][]::new);
    }

    /** A pattern as literal segments and {@link #VARIABLE}s, or null if it has anything else in it. */
    static String[] shapeOf(String pattern) {
        String[] segments = segments(pattern);
        if (segments == null) {
            return null;
        }
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean variable = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")
                    && segment.indexOf('{', 1) < 0 && segment.indexOf('}') == segment.length() - 1
                    && segment.indexOf(':') < 0 && segment.indexOf('*') < 0;
            if (variable) {
                segments[i] = VARIABLE;
            } else if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0
                    || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
                return null;
            }
        }
        return segments;
    }
}
