package care.whatmatters.platform.security;

import care.whatmatters.access.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks accounts up for the login check. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(account -> new AccountPrincipal(account, accounts.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
