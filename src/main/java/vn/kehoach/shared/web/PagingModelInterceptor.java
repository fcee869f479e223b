package vn.kehoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the current address without its "page" parameter ({@code pageBase}), so that the pagination
 * fragment keeps the user's filters when it links to another page.
 */
class PagingModelInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || !"GET".equals(request.getMethod())) return;
        String view = modelAndView.getViewName();
        if (view != null && view.startsWith("redirect:")) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String base = UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam("page").build().toUriString();
        modelAndView.addObject("pageBase", base + (base.contains("?") ? "&" : "?"));
    }
}
