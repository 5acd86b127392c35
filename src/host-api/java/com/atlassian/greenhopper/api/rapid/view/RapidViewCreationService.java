package com.atlassian.greenhopper.api.rapid.view;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// Checked: Jira Software's Java API, package com.atlassian.greenhopper.api.rapid.view:
// https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/api/rapid/view/RapidViewCreationServiceImpl.html
// (createNewRapidView(ApplicationUser, String name, long filterId, ErrorCollection) "Creates a new rapid view with
// default column mappings, swimlanes and quick filters"; it returns the board's id as a Long, 6.7.12's page of the same
// class). Atlassian's own importers plugin and data generator look it up with
// ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewCreationService.class), null without Jira Software.
// ASSUMED: that Jira Software 11.3 keeps it unchanged (no 11.x page of it was read). It takes no board type: which
// preset the default board follows is not documented there.
public interface RapidViewCreationService {

    Long createNewRapidView(ApplicationUser user, String name, long filterId, ErrorCollection errors);
}
