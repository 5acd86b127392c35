package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// Checked: https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenAccessor.html implements com.atlassian.sal.api.xsrf.XsrfTokenAccessor with getXsrfToken(HttpServletRequest, HttpServletResponse, boolean create), javax.servlet in a Platform 7 product.
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
