package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// Checked: https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
// and https://docs.atlassian.com/atlassian-bamboo/9.0.1/com/atlassian/sal/bamboo/websudo/BambooWebSudoManager.html, both implementing
// SAL's com.atlassian.sal.api.websudo.WebSudoManager: boolean canExecuteRequest(HttpServletRequest),
// void enforceWebSudoProtection(HttpServletRequest, HttpServletResponse), void willExecuteWebSudoRequest(HttpServletRequest)
// throws WebSudoSessionException. Assumed: Jira 10 exports the same interface (as sal-api) to apps; Jira 11 with jakarta.servlet.
public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
