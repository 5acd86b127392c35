package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OutputFilesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void writtenFilesHaveThePermissionsTheUmaskGivesAnyNewFile() throws Exception {
        Path dir = tmp.newFolder("out").toPath();
        Path plain = Files.createFile(tmp.getRoot().toPath().resolve("plain")); // what this process's umask gives
        OutputFiles.write(dir, Map.of("chaos-day.txt", "plan"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("chaos-day.txt")));
        assertEquals("plan", Files.readString(dir.resolve("chaos-day.txt")));
        try (var files = Files.list(dir)) {
            assertEquals("no .part file left behind", 1, files.count());
        }
    }
}
