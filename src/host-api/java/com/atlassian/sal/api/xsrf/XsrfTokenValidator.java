package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

// Unchecked in the docs search (no XsrfTokenValidator page); the members as SAL's own source declares them (sal-api, package com.atlassian.sal.api.xsrf, "@since 2.4"): validateFormEncodedToken(HttpServletRequest), getXsrfParameterName().
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
