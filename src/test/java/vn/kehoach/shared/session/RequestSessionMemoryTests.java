package vn.kehoach.shared.session;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session a request read is not looked up in the store again during that request (the look-up Spring Session
 * makes after the page has gone out, which failed when the database had just gone down), and is looked up afresh by
 * the next request, which may follow another node's change.
 */
class RequestSessionMemoryTests {

    /** A store that counts its look-ups by id. */
    static class CountingStore extends MapSessionRepository {

        int lookUps;

        CountingStore() {
            super(new HashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            lookUps++;
            return super.findById(id);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionIsReadFromTheStoreOncePerRequest() throws Exception {
        CountingStore store = new CountingStore();
        SessionRepository<MapSession> sessions = (SessionRepository<MapSession>) RequestSessionMemory
                .requestSessionMemoryRepository().postProcessAfterInitialization(store, "sessionRepository");
        MapSession session = sessions.createSession();
        sessions.save(session);
        Filter filter = new RequestSessionMemory().requestSessionMemoryFilter().getFilter();

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            assertThat(sessions.findById(session.getId())).isNotNull();
            assertThat(sessions.findById(session.getId())).isNotNull();
            sessions.save(sessions.findById(session.getId()));
            assertThat(sessions.findById(session.getId())).isNotNull();
        });
        assertThat(store.lookUps).as("look-ups during the request").isEqualTo(1);

        // The next request reads the store again; a session deleted meanwhile is gone for it.
        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            assertThat(sessions.findById(session.getId())).isNotNull();
            sessions.deleteById(session.getId());
            assertThat(sessions.findById(session.getId())).isNull();
        });
        assertThat(store.lookUps).isEqualTo(3);
    }
}
