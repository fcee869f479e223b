package vn.kehoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of input errors is answered with 422, not 200: the page still shows the user's input
 * with the messages, and clients, proxies and tests can tell a rejected submission from a successful one.
 */
class InvalidFormStatusInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || response.getStatus() != HttpStatus.OK.value()) return;
        String view = modelAndView.getViewName();
        if (view != null && view.startsWith("redirect:")) return;
        boolean invalid = modelAndView.getModel().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && e.getValue() instanceof BindingResult result && result.hasErrors());
        if (invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }
}
