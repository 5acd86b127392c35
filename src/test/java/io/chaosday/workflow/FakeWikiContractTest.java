package io.chaosday.workflow;

import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiContract;

/** The in-memory wiki the engine's tests use keeps the port's promises too. */
public class FakeWikiContractTest extends WikiContract {

    private FakeWiki wiki;

    @Override
    protected Wiki wikiWithAnEmptySpace() {
        wiki = new FakeWiki();
        wiki.spaces.add(SPACE);
        return wiki;
    }

    @Override
    protected void editByPerson(String pageId, String who, String storage) {
        wiki.editByPerson(pageId, who, storage);
    }
}
