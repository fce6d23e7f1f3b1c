package io.taktline.web.plant;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One thread for the plant's small jobs: database retries, the shift horizon, audit writes off
 * Milo's threads. A job that throws is logged, and a periodic one keeps its schedule.
 */
@ApplicationScoped
public class PlantScheduler {

    private static final Logger LOG = Logger.getLogger(PlantScheduler.class.getName());

    @Inject
    ThreadFactory threads;

    private ScheduledExecutorService executor;

    private synchronized ScheduledExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = threads.newThread(runnable);
                thread.setName("taktline-plant");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }

    public void execute(String what, Runnable job) {
        executor().execute(guarded(what, job));
    }

    public void once(String what, Runnable job, long delay, TimeUnit unit) {
        executor().schedule(guarded(what, job), delay, unit);
    }

    public void every(String what, Runnable job, long period, TimeUnit unit) {
        executor().scheduleAtFixedRate(guarded(what, job), 0, period, unit);
    }

    private static Runnable guarded(String what, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                // Logged, not thrown: a periodic job that throws is never run again.
                LOG.log(Level.WARNING, "could not " + what, e);
            }
        };
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
