package io.taktline.web.plant;

import io.taktline.db.Database;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one DataSource every repository is built on, from the application's start: it hands out the
 * open database's connections, and while there is none it refuses with a connection failure
 * (SQLState 08001) naming why, which the services report as storage unavailable.
 */
final class PlantDataSource implements DataSource {

    private final Supplier<Database> open;
    private final Supplier<String> problem;

    PlantDataSource(Supplier<Database> open, Supplier<String> problem) {
        this.open = open;
        this.problem = problem;
    }

    private DataSource delegate() throws SQLException {
        Database database = open.get();
        if (database == null) {
            throw new SQLTransientConnectionException("the database is not available: " + problem.get(), "08001");
        }
        return database.dataSource();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Connections log through java.util.logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The pool of the open database has its own.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
