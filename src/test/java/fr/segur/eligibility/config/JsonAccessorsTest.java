package fr.segur.eligibility.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service's ObjectMapper, the one every endpoint and batch writer uses, reads and writes through Blackbird. */
@QuarkusTest
class JsonAccessorsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theServicesMapperHasGeneratedAccessors() {
        assertTrue(mapper.getRegisteredModuleIds().contains(new BlackbirdModule().getTypeId()),
                "registered modules: " + mapper.getRegisteredModuleIds());
    }
}
