package io.chaosday.rest.confluence;

import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;

import java.util.Optional;

/** Pages themselves, which Data Center keeps in REST v1 and Cloud in REST v2; everything else is v1 on both. */
interface PageStore {

    /** Empty when the page does not exist (any more) or cannot be seen. */
    Optional<StoredPage> find(String pageId);

    Optional<StoredPage> findByTitle(String spaceKey, String title);

    StoredPage create(NewPage page);

    /** @throws io.chaosday.tracker.WikiConflictException when the page moved on since it was read */
    StoredPage update(PageUpdate update);
}
