package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked: developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (LicensedOnly: licensed users only), package as imported by deftdevs/bootstrapi (Jira 10.3, REST v2)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
