package io.chaosday.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a text file the user named, refusing what is not one: a directory, a device such as
 * {@code /dev/zero}, a pipe (which would block), a file over the limit (checked before and while
 * reading, so a growing file cannot slip past) or text that is not UTF-8.
 */
public final class InputFile {

    private InputFile() {
    }

    /**
     * @param what     how messages name the file, e.g. "--plan-file /tmp/plan.yaml"
     * @param maxBytes the largest file accepted
     * @throws UnreadableFileException with one line naming the problem and the fix
     */
    public static String read(Path file, String what, int maxBytes) {
        BasicFileAttributes attributes = attributes(file, what);
        if (attributes.isDirectory()) {
            throw new UnreadableFileException(what + " is a directory; give the path of a file");
        }
        if (!attributes.isRegularFile()) {
            // Devices never end and pipes wait for a writer: reading either would hang or fill memory.
            throw new UnreadableFileException(what + " is not a regular file (a device, pipe or socket); give a file");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(what, maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(what + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException(what + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(what, maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(what + " is not UTF-8 text; save it as UTF-8");
        }
    }

    private static BasicFileAttributes attributes(Path file, String what) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(what + " does not exist; check the path");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(what + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException(what + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static UnreadableFileException tooLarge(String what, int maxBytes) {
        return new UnreadableFileException(what + " is larger than " + size(maxBytes)
                + ", too large for such a file; check that it is the right file");
    }

    static String size(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
