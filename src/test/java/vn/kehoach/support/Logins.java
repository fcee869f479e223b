package vn.kehoach.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.CurrentUserHolder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Demo accounts as MockMvc principals, loaded through the real account service (agency, unit, scope). */
@Component
public class Logins {

    private final UserDetailsService users;

    Logins(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    public CurrentUser currentUser(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }
}
