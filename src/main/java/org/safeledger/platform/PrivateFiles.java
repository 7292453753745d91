package org.safeledger.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets on disk (database passwords, audit keys): written owner-only (0600, in directories of 0700) so that no
 * other local account can read them. On a file system without POSIX permissions the file is written as is.
 */
public final class PrivateFiles {

    private PrivateFiles() {}

    /** Creates (or replaces) the file with this content, readable by this process's user only. */
    public static void write(Path file, String content) throws IOException {
        directory(file.toAbsolutePath().getParent());
        var temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Files.move(
                temp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Appends a line to the file, creating it owner-only. */
    public static void append(Path file, String line) throws IOException {
        if (!Files.exists(file)) {
            directory(file.toAbsolutePath().getParent());
            if (posix()) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        }
        Files.writeString(
                file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Creates the directory if needed and makes it owner-only. */
    public static void directory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (posix()) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
