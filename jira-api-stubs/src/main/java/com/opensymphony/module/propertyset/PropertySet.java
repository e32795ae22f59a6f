package com.opensymphony.module.propertyset;

/**
 * Stub of the workflow property set; the plugin never calls it (declared only because the workflow signatures
 * name it). Follows propertyset 1.x as used by OSWorkflow 2.7.0.
 */
public interface PropertySet {
}
