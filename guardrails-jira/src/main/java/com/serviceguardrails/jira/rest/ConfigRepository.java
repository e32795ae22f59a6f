package com.serviceguardrails.jira.rest;

import java.util.List;
import java.util.Optional;

/**
 * Where configuration versions are kept (SAL plugin settings in Jira, shared by all cluster nodes). It stores only
 * documents the codec accepted; the API validates before it saves.
 */
public interface ConfigRepository {

    /** The version in force, or empty when nothing was ever saved (the bundled default applies). */
    Optional<ConfigVersion> current();

    /** Every kept version, newest first. */
    List<ConfigVersion> history();

    Optional<ConfigVersion> find(long id);

    /** Saves a new version and puts it in force. */
    ConfigVersion save(String json, String savedBy);
}
