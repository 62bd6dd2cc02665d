package care.whatmatters.platform.security;

import care.whatmatters.access.Account;
import care.whatmatters.access.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security sees it. The hash is held only until the password is checked. */
final class AccountPrincipal implements UserDetails {

    private final Account account;
    private String passwordHash;

    AccountPrincipal(Account account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    Actor actor() {
        return account.actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    void forgetPassword() {
        passwordHash = null;
    }
}
