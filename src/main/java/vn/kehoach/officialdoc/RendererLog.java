package vn.kehoach.officialdoc;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's log to SLF4J, so the application's logging settings apply to it. Left alone the renderer
 * prints to the console through its own handler, every font load and layout timing at INFO; its INFO is chatter and
 * goes to DEBUG here, its warnings (a CSS rule it cannot apply, a missing resource) stay warnings.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    /** Levels are set in the application's logging configuration, not by the renderer. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) return logger.isErrorEnabled();
        if (level >= Level.WARNING.intValue()) return logger.isWarnEnabled();
        return logger.isDebugEnabled();
    }
}
