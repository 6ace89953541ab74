package nl.participatiemonitor.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A job definition as text in the Quartz job store, so whichever node of the cluster fires a trigger
 * runs the job as {@code serve} or {@code jobs} last installed it, without reading the job files itself.
 */
final class DefinitionCodec {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private DefinitionCodec() {
    }

    static String write(JobDefinition job) {
        try {
            return JSON.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobDefinition read(String text) {
        try {
            return JSON.readValue(text, JobDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored job definition cannot be read: " + e.getMessage(), e);
        }
    }
}
