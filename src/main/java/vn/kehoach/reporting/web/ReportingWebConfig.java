package vn.kehoach.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.kehoach.reporting.Reports;
import vn.kehoach.shared.security.CurrentUserHolder;

/** Every page's header shows how many notifications the user has not read (one small statement per page). */
@Configuration
class ReportingWebConfig implements WebMvcConfigurer {

    private final Reports reports;

    ReportingWebConfig(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView modelAndView) {
                if (modelAndView == null) return;
                String view = modelAndView.getViewName();
                if (view == null || view.startsWith("redirect:")) return;
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof CurrentUserHolder holder) {
                    modelAndView.addObject("unreadNotices", reports.unreadNotices(holder.currentUser().id()));
                }
            }
        }).excludePathPatterns("/api/**", "/login", "/error");
    }
}
