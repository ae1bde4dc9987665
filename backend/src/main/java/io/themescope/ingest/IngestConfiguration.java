package io.themescope.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The parser is shared by the HTTP endpoints and the CLI import; it reads JSON with a plain mapper. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    DocumentRequestParser documentRequestParser() {
        return new DocumentRequestParser(JsonMapper.builder().build());
    }
}
