package care.whatmatters.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over 1 MB before reading them: nothing a person writes comes near that, and
 * reading arbitrarily large bodies would let one client exhaust the server's memory.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than 1 MB, which is more than any record needs.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
