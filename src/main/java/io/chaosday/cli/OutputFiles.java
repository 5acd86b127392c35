package io.chaosday.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        for (String name : contents.keySet()) {
            Path target = dir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                // Checked before anything is written, so a refusal leaves the folder as it was.
                throw new UsageException(target + " is in the way: it is a " + (Files.isDirectory(target) ? "folder" : "link or special file")
                        + ", not a file this command wrote; move it away or choose another --out folder");
            }
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : contents.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Path temp = Files.createTempFile(dir, "." + file.getKey(), ".part");
                staged.put(temp, target);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            return written;
        } catch (IOException e) {
            staged.keySet().forEach(OutputFiles::deleteQuietly);
            String changed = written.isEmpty() ? "nothing was changed there"
                    : "only " + written.stream().map(p -> p.getFileName().toString()).toList() + " were replaced";
            throw new CommandFailure("cannot write to " + dir + " (" + e.getMessage() + "); " + changed, e);
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
