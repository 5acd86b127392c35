package io.chaosday.rest;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The copies of Atlassian's documents in the test resources are exactly the ones pinned in SHA256SUMS. */
public class ContractDocumentsTest {

    @Test
    public void everyContractTheTestsUseIsPinnedAndMatchesItsSum() throws Exception {
        Map<String, String> pinned = pinnedSums();
        for (OpenApiContract contract : new OpenApiContract[] {OpenApiContract.jiraDataCenter(), OpenApiContract.jiraCloud(),
                OpenApiContract.confluenceDataCenter("/"), OpenApiContract.confluenceCloudV1(), OpenApiContract.confluenceCloudV2()}) {
            assertTrue(contract.document() + " has no line in SHA256SUMS", pinned.containsKey(contract.document()));
        }
        for (Map.Entry<String, String> line : pinned.entrySet()) {
            byte[] document = OpenApiContract.text(line.getKey()).getBytes(StandardCharsets.UTF_8);
            String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
            assertEquals(line.getKey() + " differs from its pinned copy", line.getValue(), sum);
        }
    }

    private static Map<String, String> pinnedSums() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : OpenApiContract.text("SHA256SUMS").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                sums.put(parts[1], parts[0]);
            }
        }
        assertEquals("documents pinned in SHA256SUMS", 5, sums.size());
        return sums;
    }
}
