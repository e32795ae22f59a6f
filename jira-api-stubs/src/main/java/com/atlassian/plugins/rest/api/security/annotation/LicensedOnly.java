package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stub of the REST v2 access annotation (Platform 7). Name and meaning from
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints ; the package
 * {@code com.atlassian.plugins.rest.api.security.annotation} from public REST v2 resources that import it (e.g.
 * codeclou's {@code io.codeclou.ctendemo.rest.IniEndpoint} puts {@code @AdminOnly} on a method; alanmosely's
 * {@code PullRequestResource} puts {@code @LicensedOnly} on methods; deftdevs bootstrapi puts the sibling
 * {@code @SystemAdminOnly} from the same package on types). Public Platform 7 code also uses a second package,
 * {@code com.atlassian.annotations.security} (atlassian-annotations), for the same names; this plugin uses the REST one.
 * So TYPE and METHOD are both allowed in practice. The exact {@code @Target} (whether PACKAGE is included, as on Confluence's
 * own {@code SystemAdminOnly}) and {@code @Retention} are NOT confirmed: no javadoc or source of the annotation was found
 * (stub-review 2026-11-30). Runtime retention is required (the REST filter reads it). The plugin uses it only on types.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
