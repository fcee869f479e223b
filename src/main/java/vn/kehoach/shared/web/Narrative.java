package vn.kehoach.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding the writer's own prose (a report's narrative, a part's body, pasted text): bound cleaned but
 * not trimmed, so that its layout is as written and an empty one stays empty ({@link FormBinding}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Narrative {
}
