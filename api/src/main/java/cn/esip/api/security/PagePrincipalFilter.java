package cn.esip.api.security;

import cn.esip.api.accounts.Account;
import cn.esip.api.accounts.AccountStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * For a logged-in person: names them in the audit trail ({@code user:NAME}, their agency) and ends the session at
 * once when their account was suspended or deleted since they logged in.
 */
final class PagePrincipalFilter extends OncePerRequestFilter {

    private final AccountStore accounts;

    PagePrincipalFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)) {
            Optional<Account> account = accounts.find(a.getName());
            if (account.isEmpty() || account.get().status() != Account.Status.ACTIVE) {
                HttpSession s = req.getSession(false);
                if (s != null) {
                    s.invalidate();
                }
                SecurityContextHolder.clearContext();
                res.sendRedirect(req.getContextPath() + "/login?ended");
                return;
            }
            req.setAttribute(RateLimitFilter.PRINCIPAL, "user:" + a.getName());
            req.setAttribute(RateLimitFilter.AGENCY, account.get().agency());
        }
        chain.doFilter(req, res);
    }
}
