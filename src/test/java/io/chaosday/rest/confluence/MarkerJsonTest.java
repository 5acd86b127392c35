package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.PublishMarker;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class MarkerJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void aMarkerReadsBackAsItWasWritten() {
        PublishMarker marker = new PublishMarker(3, "3f1a6c", "lessons/2026-12-03");

        assertEquals(Optional.of(marker), MarkerJson.read(MarkerJson.value(marker)));
    }

    @Test
    public void theValueHasExactlyVersionBodyHashAndSource() throws Exception {
        assertEquals(json.readTree("{\"version\":3,\"bodyHash\":\"3f1a6c\",\"source\":\"CHAOS-12\"}"),
                MarkerJson.value(new PublishMarker(3, "3f1a6c", "CHAOS-12")));
    }

    @Test
    public void aValueWeCouldNotHaveWrittenIsNoMarker() throws Exception {
        assertEquals(Optional.empty(), MarkerJson.read(json.readTree("\"published\"")));
        assertEquals(Optional.empty(), MarkerJson.read(json.readTree("{\"version\":\"3\",\"bodyHash\":\"a\",\"source\":\"s\"}")));
        assertEquals(Optional.empty(), MarkerJson.read(json.readTree("{\"version\":3,\"source\":\"s\"}")));
        assertEquals(Optional.empty(), MarkerJson.read(json.readTree("{\"version\":3.5,\"bodyHash\":\"a\",\"source\":\"s\"}")));
    }
}
