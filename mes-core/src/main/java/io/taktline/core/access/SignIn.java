package io.taktline.core.access;

import java.time.Instant;

/** What a sign-in came to. Refused does not say whether the user name exists. */
public sealed interface SignIn {

    record Accepted(Identity identity) implements SignIn {}

    /** Wrong user name or password, or a disabled account. */
    record Refused() implements SignIn {}

    /** Too many failed sign-ins in a row: the account takes none until {@code until}. */
    record Locked(Instant until) implements SignIn {}
}
