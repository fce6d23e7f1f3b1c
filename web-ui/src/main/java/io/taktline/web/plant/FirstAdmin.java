package io.taktline.web.plant;

import io.taktline.core.access.Accounts;
import io.taktline.web.config.Setting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first admin, made when the database has no user: with {@code TAKTLINE_ADMIN_PASSWORD} when
 * set, else with a one-time password printed once, here, that must be changed at first sign-in.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    PlantConfiguration configuration;

    void ensure(@Observes @Priority(DatabaseReady.ACCOUNTS) DatabaseReady ready) {
        try {
            Accounts.FirstAdmin made = accounts.ensureFirstAdmin(configuration.named(Setting.ADMIN_PASSWORD.key()));
            if (made.oneTimePassword().isPresent()) {
                LOG.warning("\n\n    Sign in to Taktline as user '" + Accounts.FIRST_ADMIN
                        + "' with the one-time password  "
                        + made.oneTimePassword().get() + "\n    It is shown only now and must be changed at the first"
                        + " sign-in. Set " + Setting.ADMIN_PASSWORD.environmentVariable()
                        + " before the first start to choose it.\n");
            } else if (made.created()) {
                LOG.info("Made the first admin, user '" + Accounts.FIRST_ADMIN + "', with the password from "
                        + Setting.ADMIN_PASSWORD.environmentVariable());
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "could not make the first admin: " + e.getMessage() + "; fix "
                            + Setting.ADMIN_PASSWORD.environmentVariable() + " and restart",
                    e);
        }
    }
}
