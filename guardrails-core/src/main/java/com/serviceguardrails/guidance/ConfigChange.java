package com.serviceguardrails.guidance;

import java.util.Objects;

/**
 * One difference between two configuration versions: the JSON path and the value before and after, as compact JSON
 * ({@code null} when the field is absent on that side).
 */
public record ConfigChange(String path, String before, String after) {

    public ConfigChange {
        Objects.requireNonNull(path, "path");
    }
}
