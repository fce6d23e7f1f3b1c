package io.taktline.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a harness needs to start the other side of a measurement (a load server, a simulator) in a
 * JVM of its own, so that the CPU and memory it reports are the measured side's alone.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /** The java executable of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path {@code anchor} was loaded from (exec:java loads it through its own URLClassLoader). */
    public static String classPath(Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        List<String> entries = new ArrayList<>();
        while (loader != null) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(new File(url.toURI()).getPath());
                    } catch (Exception e) {
                        entries.add(url.getPath());
                    }
                }
            }
            loader = loader.getParent();
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }
}
