package vn.kehoach.reporting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.kehoach.reporting.Notice;
import vn.kehoach.reporting.NoticeArg;

import java.util.List;
import java.util.Locale;

/**
 * Renders a notification in the reader's language ({@code ${@noticeText.of(n)}} in templates): arguments that are
 * messages themselves are rendered first.
 */
@Component("noticeText")
public class NoticeText {

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Notice notice) {
        return of(notice.messageKey(), notice.args(), LocaleContextHolder.getLocale());
    }

    public String of(String key, List<NoticeArg> args, Locale locale) {
        Object[] resolved = args.stream().map(a -> resolve(a, locale)).toArray();
        return messages.getMessage(key, resolved, key, locale);
    }

    private Object resolve(NoticeArg arg, Locale locale) {
        if (arg.key() == null) return arg.text() == null ? "" : arg.text();
        return messages.getMessage(arg.key(), arg.args().toArray(), arg.key(), locale);
    }
}
