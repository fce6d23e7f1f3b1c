package io.taktline.web.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageTest {

    /** A page the filter does not know is not served (404): every page of the WAR declares its role here. */
    @Test
    void everyPageOfTheWarIsDeclared() throws Exception {
        Path webapp = Path.of("src/main/webapp");
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .toList();
        }
        assertThat(pages).isNotEmpty();
        assertThat(pages).allSatisfy(page -> assertThat(Page.at(page)).as(page).isPresent());
        assertThat(Page.values())
                .allSatisfy(page ->
                        assertThat(webapp.resolve(page.path().substring(1))).exists());
    }
}
