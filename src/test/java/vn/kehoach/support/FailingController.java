package vn.kehoach.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that fails the way a bug would, to prove that the error page never shows exception text.
 * It lives in the test sources, so it is part of every test context and never of the application.
 */
@RestController
class FailingController {

    static final String SECRET = "SECRET-DETAIL-jdbc:postgresql://db/secret";

    @GetMapping({"/test-support/boom", "/api/test-support/boom"})
    String boom() {
        throw new IllegalStateException(SECRET);
    }
}
