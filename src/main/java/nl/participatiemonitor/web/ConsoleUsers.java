package nl.participatiemonitor.web;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up a console account for signing in, with its scope resolved and its lock-out applied. */
@Component
class ConsoleUsers implements UserDetailsService {

    private final Accounts accounts;

    ConsoleUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Account account = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Set<String> members = account.gr().map(accounts::membersOf).orElse(Set.of());
        return new ConsoleUser(account, members, accounts.passwordHash(name).orElse(null), accounts.locked(account));
    }
}
