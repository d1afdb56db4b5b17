package io.github.articlemodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class InputsTest {
    @TempDir
    Path dir;

    private static List<String> sources(Inputs inputs) {
        List<String> out = new ArrayList<>();
        inputs.forEachRemaining(i -> out.add(i.source()));
        return out;
    }

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "<p>x</p>");
    }

    @Test
    void htmlNamesAreRecognisedInAnyCase() {
        for (String ok : List.of("a.html", "a.htm", "a.html.gz", "a.htm.gz", "A.HTML", "b.Htm.Gz")) {
            assertTrue(Inputs.isHtmlName(Path.of(ok)), ok);
        }
        for (String no : List.of("a.txt", "a.gz", "a.xhtml.zip", "html", ".html", "a.html.bak", "a.json")) {
            assertFalse(Inputs.isHtmlName(Path.of(no)), no);
        }
    }

    @Test
    void foldersAreWalkedDepthFirstInNameOrder() throws IOException {
        touch("b/z.html");
        touch("b/a.htm");
        touch("a-c/x.html");
        touch("a.html");
        touch("c.html.gz");
        touch("b/notes.txt");
        touch("b/deeper/one.html");
        Files.createDirectories(dir.resolve("empty"));

        List<String> expected = new ArrayList<>();
        for (String s : List.of("a-c/x.html", "a.html", "b/a.htm", "b/deeper/one.html", "b/z.html", "c.html.gz")) {
            expected.add(dir.resolve(s).toString());
        }
        assertEquals(expected, sources(new Inputs(List.of(dir))));
    }

    @Test
    void pathsKeepTheOrderGivenAndFilesAreTakenAsNamed() throws IOException {
        Path one = touch("one.html");
        Path two = touch("sub/two.html");
        Path three = touch("three.htm");
        assertEquals(List.of(three.toString(), two.toString(), one.toString()),
                sources(new Inputs(List.of(three, dir.resolve("sub"), one))));
    }

    @Test
    void sourcesKeepARelativePathRelative() throws IOException {
        Inputs inputs = new Inputs(List.of(Path.of("relative/folder/page.html")));
        assertEquals("relative/folder/page.html", inputs.next().source());
    }

    @Test
    void nextPastTheEndThrows() {
        Inputs inputs = new Inputs(List.of());
        assertFalse(inputs.hasNext());
        assertThrows(NoSuchElementException.class, inputs::next);
    }
}
