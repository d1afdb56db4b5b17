package io.github.articlemodel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The pages named on the command line, in a fixed order: each PATH in the order given; a folder is
 * walked depth first, the entries of each folder sorted by name, keeping only files whose names end
 * in one of {@link #EXTENSIONS}. The walk is lazy: it holds one folder listing per level, never the
 * whole tree. Symbolic links to files are read; links to folders are not followed.
 */
final class Inputs implements Iterator<Inputs.Input> {
    /** The file name endings that count as HTML, lower case. */
    static final List<String> EXTENSIONS = List.of(".html", ".htm", ".html.gz", ".htm.gz");

    /** The endings for messages. */
    static final String EXTENSIONS_TEXT = ".html, .htm, .html.gz or .htm.gz";

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    /**
     * One page to read.
     *
     * @param source the path as the output names it: as given, or the folder as given plus the path inside it
     * @param path the file
     * @param error set when the page cannot be read at all (a folder that could not be listed)
     */
    record Input(String source, Path path, IOException error) {}

    /** Paths still to visit: files to return and folders to open, the next one last. */
    private final Deque<Path> pending = new ArrayDeque<>();
    private Input next;

    Inputs(List<Path> paths) {
        for (int i = paths.size() - 1; i >= 0; i--) {
            pending.push(paths.get(i));
        }
    }

    /** True when the file's name ends in one of {@link #EXTENSIONS}, in any case. */
    static boolean isHtmlName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (n.endsWith(ext) && n.length() > ext.length()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            Path p = pending.pop();
            if (Files.isDirectory(p)) {
                open(p);
            } else {
                next = new Input(p.toString(), p, null);
            }
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input n = next;
        next = null;
        return n;
    }

    private void open(Path dir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path child : entries) {
                // Folders (but not links to folders) are walked; files count only with an HTML name.
                if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || (isHtmlName(child) && !Files.isDirectory(child))) {
                    children.add(child);
                }
            }
        } catch (IOException | DirectoryIteratorException | UncheckedIOException e) {
            IOException cause = e instanceof IOException ? (IOException) e
                    : e instanceof DirectoryIteratorException ? ((DirectoryIteratorException) e).getCause()
                    : ((UncheckedIOException) e).getCause();
            next = new Input(dir.toString(), dir, new IOException("cannot list folder: " + message(cause), cause));
            return;
        }
        children.sort(BY_NAME);
        for (int i = children.size() - 1; i >= 0; i--) {
            pending.push(children.get(i));
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
