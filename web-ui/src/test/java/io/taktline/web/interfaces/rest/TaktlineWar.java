package io.taktline.web.interfaces.rest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, as the Arquillian ITs deploy it: the real artifact, not a test assembly. */
final class TaktlineWar {

    private TaktlineWar() {}

    static WebArchive built() {
        return ShrinkWrap.create(ZipImporter.class, "taktline.war")
                .importFrom(new File(System.getProperty("taktline.war")))
                .as(WebArchive.class);
    }
}
