package com.serviceguardrails.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class ConfigDiffTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    public void listsChangedAddedAndRemovedFieldsByPath() throws Exception {
        List<ConfigChange> changes = ConfigDiff.between(
                json("{\"opening\":{\"mode\":\"advise\"},\"abuse\":{\"mode\":\"off\",\"allow\":[\"damn\"]},\"old\":1}"),
                json("{\"opening\":{\"mode\":\"enforce\"},\"abuse\":{\"mode\":\"off\",\"allow\":[\"damn\",\"hell\"]}}"));
        assertEquals(List.of(
                new ConfigChange("opening.mode", "\"advise\"", "\"enforce\""),
                new ConfigChange("abuse.allow[1]", null, "\"hell\""),
                new ConfigChange("old", "1", null)), changes);
    }

    @Test
    public void identicalDocumentsHaveNoChanges() throws Exception {
        assertEquals(List.of(), ConfigDiff.between(json("{\"a\":[1,{\"b\":2}]}"), json("{\"a\":[1,{\"b\":2}]}")));
    }

    @Test
    public void aChangedTypeIsOneChange() throws Exception {
        assertEquals(List.of(new ConfigChange("a", "{\"b\":1}", "[1]")), ConfigDiff.between(json("{\"a\":{\"b\":1}}"), json("{\"a\":[1]}")));
    }
}
