package vn.kehoach.shared.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import java.time.temporal.Temporal;

/**
 * Turns the application's own exceptions into Vietnamese pages (or JSON problems under /api) with the right status.
 * Exception text never reaches the user; unexpected errors are logged and shown as the generic 500 page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private final MessageSource messages;

    public GlobalExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "error.404.text", new Object[0]);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object conflict(ObjectOptimisticLockingFailureException e, HttpServletRequest request,
                    HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONFLICT, "error.409.text", new Object[0]);
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object rule(BusinessRuleException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONFLICT, e.messageKey(), e.args());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge", new Object[0]);
    }

    /** A form naming a list element beyond any the forms have (sections[99999]): a request no page sends. */
    @ExceptionHandler(InvalidPropertyException.class)
    Object badField(InvalidPropertyException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.4xx.text", new Object[0]);
    }

    /**
     * A parameter or path variable of the wrong type: a date that is none ("31/02/2025", "abc"), an id or number that
     * is no number or too large, an unknown choice. Said in words the user knows, never naming the parameter.
     */
    @ExceptionHandler(TypeMismatchException.class)
    Object badValue(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        Class<?> type = e.getRequiredType();
        String key;
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            key = "error.param.date";
        } else if (type != null
                && (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class)) {
            key = "error.param.number";
        } else if (type != null && type.isEnum()) {
            key = "error.param.choice";
        } else {
            key = "error.param.invalid";
        }
        return answer(request, response, HttpStatus.BAD_REQUEST, key, new Object[0]);
    }

    /** A parameter the page always sends is missing, or the request could not be read into its form. */
    @ExceptionHandler({ServletRequestBindingException.class, MissingServletRequestPartException.class,
            BindException.class, HandlerMethodValidationException.class, HttpMessageNotReadableException.class})
    Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.param.invalid", new Object[0]);
    }

    /** A value the application itself refuses to read (a page number, a date in a parameter): 400 with the reason. */
    @ExceptionHandler(BadRequestException.class)
    Object refused(BadRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.upload.invalid", new Object[0]);
    }

    /**
     * The database could not be reached (stopped, restarting): "try again" with what the user typed, never a 500 nor
     * a half-done change (the transaction did not commit). Anything else of these types is a bug and goes on to the
     * 500 page.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    Object databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.isCause(e)) throw e;
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return unavailable(request, response);
    }

    /** The 503 answer: a problem for the API, the "try again" page with the form kept otherwise. */
    private Object unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (isApi(request)) {
            String text = messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text);
            problem.setProperty("code", "error.503.text");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return unavailablePage(request);
    }

    /** The "try again" page, with the posted form to send again. */
    static ModelAndView unavailablePage(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        view.addObject("resubmission", Resubmission.of(request));
        return view;
    }

    /** A database restart takes seconds. */
    static final String RETRY_AFTER_SECONDS = "10";

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                          String key, Object[] args) {
        String text = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
            problem.setProperty("code", key);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView(viewFor(status), status);
        view.addObject("status", status.value());
        view.addObject("detail", text);
        return view;
    }

    private static String viewFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case CONFLICT -> "error/409";
            // Any other refusal gets the general page, as Boot's own error view resolution does.
            default -> status.is5xxServerError() ? "error/5xx" : "error";
        };
    }

    public static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/api/");
    }
}
