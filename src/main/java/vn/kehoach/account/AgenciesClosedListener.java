package vn.kehoach.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.kehoach.roster.AgenciesClosed;
import vn.kehoach.shared.text.StoredMessage;

/**
 * Moves the people of agencies closed by a reorganisation to the agency that took over, in the same transaction as
 * the reorganisation, so that nobody is left signed in to an agency that no longer exists.
 */
@Component
class AgenciesClosedListener {

    private final AccountService accounts;

    AgenciesClosedListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AgenciesClosed event) {
        accounts.moveOrDisable(event.successorByAgency(),
                StoredMessage.of("account.history.agencyClosed", event.effectiveOn()));
    }
}
