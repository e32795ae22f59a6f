package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stub of the REST v2 access annotation (Platform 7). Package and name from
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints and public
 * REST v2 resources; target and retention NOT confirmed (no javadoc or source
 * of the annotation found). Runtime retention is required (the REST filter reads it). Confluence's own
 * {@code SystemAdminOnly} is {@code @Target({TYPE, METHOD, PACKAGE})}, so the real target may include PACKAGE; the
 * plugin uses it only on types, which works either way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
