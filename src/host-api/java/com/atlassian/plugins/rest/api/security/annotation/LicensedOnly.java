package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked: developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (LicensedOnly: licensed users only), package as imported by deftdevs/bootstrapi (Jira 10.3, REST v2)
// Jira 11: REST v2 security annotations are still how resources are opened (alanmosely/basic-jira-development-panels v2.0.1, a Jira 11.x plugin); this package name on Jira 11 is ASSUMED unchanged (src/host-api/JIRA-11.md)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
