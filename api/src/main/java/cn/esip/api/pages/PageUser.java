package cn.esip.api.pages;

import cn.esip.api.security.Scope;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/** Who is looking at a page and what they may do there; with security off (development) everything is allowed. */
public record PageUser(String name, boolean loggedIn, boolean securityOn, Set<String> authorities) {

    /** The person behind the request's authentication (null when none). */
    public static PageUser of(Authentication a, boolean securityOn) {
        if (a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()) {
            return new PageUser("", false, securityOn, Set.of());
        }
        return new PageUser(a.getName(), true, securityOn,
                a.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    /** Whether the person holds the scope named {@code id} (law:read, review, admin…). */
    public boolean can(String id) {
        return !securityOn || authorities.contains(Scope.of(id).authority());
    }
}
