package vn.kehoach.shared.web;

/**
 * The thing asked for does not exist, or exists but lies outside the user's scope: both answer 404 so that an id
 * typed by hand reveals nothing about other units' drafts.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
