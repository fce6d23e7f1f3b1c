package io.taktline.web.plant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ThreadFactory;

/**
 * The container's threads for the plant's own workers (interpreter, database retries, schedules),
 * so that they carry the application's context and the container knows them.
 */
@ApplicationScoped
public class ContainerThreads {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Produces
    @Singleton
    ThreadFactory threadFactory() {
        return threads;
    }
}
