package io.taktline.web.plant;

import io.taktline.db.Database;

/**
 * The database is open and migrated: fired once, synchronously, on the thread that opened it. Its
 * observers start in the order of their {@code @Priority}, given here so that the order reads in
 * one place: the demo seed before the model is loaded, the historian before the connectors deliver.
 */
public record DatabaseReady(Database database) {

    /** The first admin is made (when there is no user). */
    public static final int ACCOUNTS = 50;
    /** The demo plant's model, calendars and reasons are stored (when the model is empty). */
    public static final int SEED = 100;
    /** The simulator's endpoint is moved to the port it really serves on. */
    public static final int ENDPOINTS = 150;
    /** The historian starts writing. */
    public static final int HISTORIAN = 200;
    /** The signal interpreter starts, and the lines' shifts are kept stored ahead. */
    public static final int INTERPRETER = 300;
    /** The model is loaded: the connectors connect and samples flow. */
    public static final int MODEL = 500;
}
