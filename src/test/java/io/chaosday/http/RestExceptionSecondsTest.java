package io.chaosday.http;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import org.junit.Test;

/** Limits in failure messages read as the user set them, short ones included. */
public class RestExceptionSecondsTest {

    @Test
    public void aLimitUnderASecondKeepsItsTenths() {
        assertEquals("0.5 s", RestException.seconds(Duration.ofMillis(500)));
        assertEquals("1.5 s", RestException.seconds(Duration.ofMillis(1_500)));
    }

    @Test
    public void wholeSecondsAndMinutesStayPlain() {
        assertEquals("0 s", RestException.seconds(Duration.ZERO));
        assertEquals("15 s", RestException.seconds(Duration.ofSeconds(15)));
        assertEquals("2 min 5 s", RestException.seconds(Duration.ofSeconds(125)));
    }
}
