package com.serviceguardrails.jira.webhook;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The instance's webhook signing secret: 32 random bytes made on first use and kept in SAL plugin settings, apart
 * from the configuration document (which admins view, diff and export). Every node reads the same secret; the
 * cluster lock makes sure only one is ever made. Receivers get it from the admin (see docs).
 */
public class WebhookSigningKey {
    static final String SETTING = "com.serviceguardrails.jira:webhook.signing-secret";
    private static final String LOCK_NAME = "com.serviceguardrails.jira.webhook-secret";

    private final PluginSettingsFactory settingsFactory;
    private final ClusterLockService lockService;

    public WebhookSigningKey(PluginSettingsFactory settingsFactory, ClusterLockService lockService) {
        this.settingsFactory = settingsFactory;
        this.lockService = lockService;
    }

    /** The secret as the admin gives it to receivers (base64). */
    public String secret() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Object stored = settings.get(SETTING);
        if (stored instanceof String text && !text.isEmpty()) {
            return text;
        }
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            stored = settings.get(SETTING);
            if (stored instanceof String text && !text.isEmpty()) {
                return text;
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String made = Base64.getEncoder().encodeToString(secret);
            settings.put(SETTING, made);
            return made;
        } finally {
            lock.unlock();
        }
    }

    /** The HMAC key: the UTF-8 bytes of the secret text, as receivers use it (no decoding on their side). */
    public byte[] bytes() {
        return secret().getBytes(StandardCharsets.UTF_8);
    }
}
