package io.github.articlemodel.cli;

/** A command line the program cannot run: an unknown option, a missing or bad value, no PATH. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
