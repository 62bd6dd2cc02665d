package care.whatmatters.platform.web;

import care.whatmatters.access.RecordAccess;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final RecordAccess access;

    WebConfiguration(RecordAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RecordScopeGuard(access));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    /** Spring's own handler mapping, with mappings that cannot match a path passed over first. */
    @Bean
    WebMvcRegistrations quickerHandlerLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathShapeHandlerMapping();
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }

    /**
     * No link rewriting for versioned static resources: the resource chain is on only so that the htmx webjar
     * is served by a version-free path, and no resource is versioned. Left on, Thymeleaf passed every link on
     * every page through the chain, which looked each one up as a file in the jar: about 30% of the CPU of a
     * record page under load (async-profiler, 50 concurrent users on a million people).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
