package com.atlassian.applinks.api.application.confluence;

import com.atlassian.applinks.api.ApplicationType;

// Checked: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/package-use.html (package com.atlassian.applinks.api.application.confluence: the standard Confluence ApplicationType)
public interface ConfluenceApplicationType extends ApplicationType {
}
