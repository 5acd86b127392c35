package io.chaosday.plan;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TitleTextTest {

    @Test
    public void bidiOverridesEmbeddingsIsolatesAndMarksAreRemoved() {
        assertEquals("Chaos Day cod.exe", TitleText.clean("Chaos Day \u202Aco\u202B\u202Cd\u202D\u202E.exe"));
        assertEquals("Payments", TitleText.clean("\u2066Pay\u2067m\u2068ents\u2069"));
        assertEquals("ab", TitleText.clean("a\u200E\u200F\u061Cb"));
    }

    @Test
    public void controlCharactersAreRemovedAndLineBreaksBecomeSpaces() {
        assertEquals("[31mred", TitleText.clean("\u001b[31mred\u0007"));
        assertEquals("c1 controls", TitleText.clean("c1\u0085\u009b\u007f controls"));
        assertEquals("one line of text", TitleText.clean("one\r\nline\tof\u0000 text"));
    }

    @Test
    public void anyOtherTextIsKeptAsItWasTyped() {
        String text = "Хаос-день \uD83D\uDD25 \u2014 Zahlungs\u00fcberpr\u00fcfung (Q1) \u05e9\u05dc\u05d5\u05dd";
        assertEquals(text, TitleText.clean(text));
    }
}
