package dev.strata.test;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole service on a real port, on their own database. The context
 * is closed after the class, because the next class gets another database.
 */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void strataVariables(DynamicPropertyRegistry registry) {
        TestEnvironment.current().variables().forEach((name, value) -> registry.add(name, () -> value));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
