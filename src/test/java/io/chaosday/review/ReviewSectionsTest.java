package io.chaosday.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.Test;

public class ReviewSectionsTest {

    /** What a team might write under each heading, line breaks and all. */
    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (ReviewSection section : ReviewTemplate.sections()) {
            answers.put(section.key(), "About " + section.heading() + ".\n* first point\n* second point\n\nMore.");
        }
        return answers;
    }

    /** The template as a tracker would write it, with the prompt left in and the answer below. */
    private static String filledIn(Function<String, String> heading) {
        StringBuilder text = new StringBuilder();
        for (ReviewSection section : ReviewTemplate.sections()) {
            text.append(heading.apply(section.heading())).append('\n')
                    .append('_').append(section.prompt()).append("_\n\n")
                    .append(answers().get(section.key())).append("\n\n");
        }
        return text.toString();
    }

    @Test
    public void theFilledInTemplateReadsBackSectionBySection() {
        assertEquals(answers(), ReviewSections.parse(filledIn(h -> "h2. " + h)));
    }

    @Test
    public void markdownHeadingsReadBackToo() {
        assertEquals(answers(), ReviewSections.parse(filledIn(h -> "## " + h)));
    }

    @Test
    public void plainHeadingLinesReadBackToo() {
        assertEquals(answers(), ReviewSections.parse(filledIn(h -> h + ":")));
        assertEquals(answers(), ReviewSections.parse(filledIn(h -> "*" + h + "*")));
        assertEquals(answers(), ReviewSections.parse(filledIn(h -> "**" + h + ":**")));
    }

    @Test
    public void windowsLineEndsReadBackToo() {
        assertEquals(answers().keySet(),
                ReviewSections.parse(filledIn(h -> "h3. " + h).replace("\n", "\r\n")).keySet());
    }

    @Test
    public void anUnknownHeadingStaysWithTheSectionBeforeIt() {
        Map<String, String> sections = ReviewSections.parse("h2. Impact\nSlow checkout.\nh3. Numbers\n40% slower\n");
        assertEquals(Map.of("impact", "Slow checkout.\nh3. Numbers\n40% slower"), sections);
    }

    @Test
    public void textBeforeTheFirstHeadingIsKeptAsThePreamble() {
        Map<String, String> sections = ReviewSections.parse("Written by the Payments team.\n\nh2. Summary\nIt held.");
        assertEquals("Written by the Payments team.", sections.get(ReviewSections.PREAMBLE));
        assertEquals("It held.", sections.get(ReviewTemplate.SUMMARY));
    }

    @Test
    public void commonOtherNamesForSectionsAreUnderstood() {
        Map<String, String> sections = ReviewSections.parse(
                "## Lessons learned\nA\n## Action items\nB\n## Response & Recovery\nC\n## Next Chaos Day\nD");
        assertEquals(Map.of("learnt", "A", "improvements", "B", "response", "C", "next-chaos-day", "D"), sections);
    }

    @Test
    public void aSectionWrittenTwiceIsJoined() {
        assertEquals("one\ntwo", ReviewSections.parse("h2. Summary\none\nh2. Summary\ntwo").get("summary"));
    }

    @Test
    public void aSentenceThatMentionsAHeadingIsNotAHeading() {
        Map<String, String> sections = ReviewSections.parse("h2. Summary\nThe impact was small.\nImpact was low");
        assertEquals(Map.of("summary", "The impact was small.\nImpact was low"), sections);
    }

    @Test
    public void aBulletThatNamesASectionIsNotAHeading() {
        assertEquals(Map.of("learnt", "* Impact\n- Detection"),
                ReviewSections.parse("h2. What we learnt\n* Impact\n- Detection"));
    }

    @Test
    public void sectionsComeBackInTemplateOrderWhateverOrderTheyWereWritten() {
        Map<String, String> sections = ReviewSections.parse("h2. Impact\nI\nh2. Summary\nS");
        assertEquals("[summary, impact]", sections.keySet().toString());
    }

    @Test
    public void textWithoutHeadingsIsAllPreamble() {
        assertEquals(Map.of(ReviewSections.PREAMBLE, "just notes"), ReviewSections.parse("just notes\n"));
        assertTrue(ReviewSections.parse("").isEmpty());
    }
}
