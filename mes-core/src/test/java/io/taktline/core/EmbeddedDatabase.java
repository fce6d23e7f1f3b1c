package io.taktline.core;

import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded PostgreSQL with Taktline's schema, in a data folder of its own under target/, for ITs. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    public static Database open(String name) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "it-data", name + "-" + System.nanoTime()));
        return Database.open(new DatabaseSettings(null, "postgres", "", data));
    }
}
