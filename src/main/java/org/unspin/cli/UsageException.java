package org.unspin.cli;

/** A user error: printed as one line on stderr, exit code 2, no stack trace. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
