package cn.govdisclosure.submission.account;

import cn.govdisclosure.support.security.Role;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Someone must register the first agencies and users: on a system without any account, the administrator named in
 * {@code security.bootstrap-admin.*} is created. Without those settings nothing is created.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final Accounts accounts;
    private final Clock clock;
    private final String username;
    private final String password;

    BootstrapAdministrator(Accounts accounts, Clock clock,
                           @Value("${security.bootstrap-admin.username:}") String username,
                           @Value("${security.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.any()) {
            return;
        }
        accounts.create(new Account(username, Set.of(Role.ADMIN), null, null, null, "system", clock.instant()),
                password);
        log.info("Created the first administrator account '{}'", username);
    }
}
