package cn.esip.api.cli;

import cn.esip.api.accounts.Account;
import cn.esip.api.accounts.AccountStore;
import cn.esip.api.accounts.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code esip accounts …}: people's local accounts for the web pages (on the data directory). */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Create, list, suspend, activate, set the password of, and delete people's accounts (roles: handler, reviewer, admin).",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.ListAccounts.class, AccountsCommand.Passwd.class,
                AccountsCommand.Suspend.class, AccountsCommand.Activate.class, AccountsCommand.Delete.class})
public final class AccountsCommand implements Runnable {

    @Override
    public void run() {
        throw new EsipMain.UsageError("name a subcommand: add, list, passwd, suspend, activate, delete");
    }

    /** How an account is printed: never its password hash. */
    static Map<String, Object> view(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("agency", a.agency());
        m.put("region", a.region());
        m.put("roles", a.roles().stream().map(Role::id).sorted().toList());
        m.put("pii", a.pii());
        m.put("status", a.status());
        m.put("scopes", a.scopes().stream().map(s -> s.id()).collect(Collectors.toList()));
        return m;
    }

    static Map<String, Object> issued(AccountStore.Issued i) {
        Map<String, Object> m = view(i.account());
        if (i.password() != null) {
            m.put("password", i.password());
            m.put("note", "the generated password is shown only this once");
        }
        return m;
    }

    /** A password from standard input (first line) when asked for, else none (one is generated). */
    static String password(boolean stdin) {
        if (!stdin) {
            return null;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new EsipMain.UsageError("--password-stdin: no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new EsipMain.UsageError("cannot read the password: " + e.getMessage());
        }
    }

    /** {@code accounts add}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account; prints a generated password once unless --password-stdin.")
    static final class Add implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();
        @Option(names = "--username", required = true)
        String username;
        @Option(names = "--name", description = "Display name (default: the user name).")
        String name;
        @Option(names = "--agency", defaultValue = "")
        String agency;
        @Option(names = "--region", paramLabel = "CODE",
                description = "GB/T 2260 code of the region the person works in: its local rules rank with national law in their searches.")
        String region;
        @Option(names = "--roles", required = true, description = "Comma-separated: handler, reviewer, admin.")
        String roles;
        @Option(names = "--pii", description = "Show personal data unmasked to this person.")
        boolean pii;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;

        @Override
        public Integer call() {
            try {
                System.out.println(Json.pretty(issued(new AccountStore(security.dir())
                        .add(username, name, agency, region, Role.parse(roles), pii, password(stdin)))));
            } catch (IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            return 0;
        }
    }

    /** {@code accounts list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (JSON lines).")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();

        @Override
        public Integer call() {
            for (Account a : new AccountStore(security.dir()).list()) {
                System.out.println(Json.line(view(a)));
            }
            return 0;
        }
    }

    /** The subcommands that act on one account. */
    abstract static class OnAccount implements Callable<Integer> {
        @Mixin
        SecurityDirOption security = new SecurityDirOption();
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try {
                System.out.println(act(new AccountStore(security.dir())));
            } catch (NoSuchElementException | IllegalArgumentException e) {
                throw new EsipMain.UsageError(e.getMessage());
            }
            return 0;
        }

        abstract String act(AccountStore store);
    }

    /** {@code accounts passwd USERNAME}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a password (generated and printed once unless --password-stdin).")
    static final class Passwd extends OnAccount {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;

        @Override
        String act(AccountStore store) {
            return Json.pretty(issued(store.setPassword(username, password(stdin))));
        }
    }

    /** {@code accounts suspend USERNAME}. */
    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend an account: its sessions end at once.")
    static final class Suspend extends OnAccount {
        @Override
        String act(AccountStore store) {
            return Json.line(view(store.setStatus(username, Account.Status.SUSPENDED)));
        }
    }

    /** {@code accounts activate USERNAME}. */
    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Re-activate a suspended account.")
    static final class Activate extends OnAccount {
        @Override
        String act(AccountStore store) {
            return Json.line(view(store.setStatus(username, Account.Status.ACTIVE)));
        }
    }

    /** {@code accounts delete USERNAME}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an account (never the last administrator).")
    static final class Delete extends OnAccount {
        @Override
        String act(AccountStore store) {
            store.delete(username);
            return "deleted " + username;
        }
    }
}
