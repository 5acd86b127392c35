package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ProjectTest {

    @Test
    public void anIssueKeyNamesItsProjectBeforeTheLastDash() {
        assertEquals("CHAOS", Project.keyOfIssue("CHAOS-12"));
        assertEquals("CHAOS_2", Project.keyOfIssue("CHAOS_2-7"));
    }
}
