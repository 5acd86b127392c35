package io.chaosday.workflow;

/** What a publish did (or, on a dry run, would do) to one page. */
public enum PageAction {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** A person edited the page since our last publish; left as it is. */
    SKIPPED_EDITED,
    /** The page we published before was deleted; published again as a new page. */
    RECREATED,
    /** Publishing it failed (the failure says why); the other pages went ahead. */
    FAILED,
    /** Not tried: the page it goes under could not be published. */
    LEFT
}
