package cn.esip.api.accounts;

import cn.esip.api.security.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** People's accounts: the first administrator, roles to scopes, passwords as hashes, the last administrator kept. */
class AccountStoreTest {

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesOneAdministratorWithAPasswordFileThatAPasswordChangeRemoves() throws Exception {
        AccountStore store = new AccountStore(dir);
        Path file = store.ensureFirstAdmin().orElseThrow();
        String password = Files.readString(file).strip();
        assertThat(password).hasSize(16);
        assertThat(store.ensureFirstAdmin()).isEmpty();
        Account admin = store.get("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(store.encoder().matches(password, admin.passwordHash())).isTrue();
        assertThat(Files.readString(dir.resolve("accounts.json"))).doesNotContain(password);

        store.setPassword("admin", "a-new-password");
        assertThat(file).doesNotExist();
        assertThat(store.encoder().matches("a-new-password", store.get("admin").passwordHash())).isTrue();
    }

    @Test
    void rolesGrantTheScopesOfApplicationsAndPiiOnlyWhenAllowed() {
        AccountStore store = new AccountStore(dir);
        store.add("wang", "王办案", "某市市场监管局", "370100", Set.of(Role.HANDLER), false, "handler-pass");
        store.add("li", null, "", null, Set.of(Role.REVIEWER), true, "reviewer-pass");
        assertThat(store.get("wang").scopes()).contains(Scope.LAW_READ).doesNotContain(Scope.REVIEW, Scope.PII, Scope.ADMIN);
        assertThat(store.get("li").scopes()).contains(Scope.REVIEW, Scope.REVIEW_DECIDE, Scope.PII);
        assertThat(store.get("li").displayName()).isEqualTo("li");
        assertThat(store.get("wang").region()).isEqualTo("370100");
        assertThatThrownBy(() -> store.add("zhou", null, null, "37", Set.of(Role.HANDLER), false, null))
                .hasMessageContaining("GB/T 2260");

        UserDetails u = new AccountLogin(store).loadUserByUsername("wang");
        assertThat(u.getAuthorities()).extracting(Object::toString).contains("SCOPE_law:read", "ROLE_handler")
                .doesNotContain("SCOPE_review");
        store.setStatus("wang", Account.Status.SUSPENDED);
        assertThat(new AccountLogin(store).loadUserByUsername("wang").isEnabled()).isFalse();
        assertThatThrownBy(() -> new AccountLogin(store).loadUserByUsername("nobody"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void badInputIsRefusedAndTheLastAdministratorStays() {
        AccountStore store = new AccountStore(dir);
        store.ensureFirstAdmin();
        assertThatThrownBy(() -> store.add("Bad Name", null, null, null, Set.of(Role.HANDLER), false, null))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> store.add("zhao", null, null, null, Set.of(), false, null)).hasMessageContaining("role");
        assertThatThrownBy(() -> store.add("zhao", null, null, null, Set.of(Role.HANDLER), false, "short"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> store.add("admin", null, null, null, Set.of(Role.HANDLER), false, null))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> store.delete("admin")).hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> store.setStatus("admin", Account.Status.SUSPENDED))
                .hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> Role.parse("handler,judge")).hasMessageContaining("unknown role 'judge'");

        AccountStore.Issued second = store.add("chen", null, null, null, Set.of(Role.ADMIN), false, null);
        assertThat(second.password()).hasSize(16);
        store.delete("admin");
        assertThat(store.list()).extracting(Account::username).containsExactly("chen");
    }

    @Test
    void aChangeByAnotherProcessShowsAtOnce() {
        AccountStore server = new AccountStore(dir);
        server.ensureFirstAdmin();
        new AccountStore(dir).add("wang", null, null, null, Set.of(Role.HANDLER), false, "handler-pass");
        assertThat(server.find("wang")).isPresent();
    }
}
