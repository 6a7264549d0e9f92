package cn.esip.api.accounts;

import cn.esip.api.security.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.ArrayList;
import java.util.List;

/** Spring Security's view of the accounts: a person gets the authorities of their scopes and roles. */
public final class AccountLogin implements UserDetailsService {

    private final AccountStore accounts;

    public AccountLogin(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(a.username()).password(a.passwordHash())
                .authorities(authorities(a)).disabled(a.status() != Account.Status.ACTIVE).build();
    }

    /** {@code SCOPE_x} for each scope (as an application's token carries) and {@code ROLE_x} for each role. */
    public static List<GrantedAuthority> authorities(Account a) {
        List<GrantedAuthority> out = new ArrayList<>();
        for (Scope s : a.scopes()) {
            out.add(new SimpleGrantedAuthority(s.authority()));
        }
        for (Role r : a.roles()) {
            out.add(new SimpleGrantedAuthority("ROLE_" + r.id()));
        }
        return out;
    }
}
