package vn.kehoach.shared.security;

/** Implemented by the authenticated principal so that any module can obtain the {@link CurrentUser}. */
public interface CurrentUserHolder {

    CurrentUser currentUser();
}
