package io.chaosday.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of files so that a reader never sees half of one: each is written beside its
 * target under a temporary name and moved into place once all of them are written.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static List<Path> write(Path dir, Map<String, String> contents) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandFailure("cannot create the folder " + dir + " (" + e.getMessage() + ")", e);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> file : contents.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Path temp = dir.resolve("." + file.getKey() + "." + UUID.randomUUID() + ".part");
                // createFile, not createTempFile: a temp file is private (0600); results honour the umask (0644 typically)
                Files.createFile(temp);
                staged.put(temp, target);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            return written;
        } catch (IOException e) {
            staged.keySet().forEach(OutputFiles::deleteQuietly);
            throw new CommandFailure("cannot write to " + dir + " (" + e.getMessage() + "); nothing was changed there", e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a leftover .part file is harmless and named as such
        }
    }
}
