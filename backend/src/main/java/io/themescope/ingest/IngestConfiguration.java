package io.themescope.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The parser is shared by the HTTP endpoints and the CLI import; it reads JSON with a plain mapper. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** Uploaded files are converted under the same bounds everywhere; their text obeys the document size limit. */
    @Bean
    io.themescope.convert.Converter converter(IngestProperties properties) {
        var d = io.themescope.convert.ConvertLimits.defaults();
        return new io.themescope.convert.Converter(new io.themescope.convert.ConvertLimits(d.maxPages(),
                properties.maxDocumentSize().toBytes(), d.maxDecompressedBytes(), d.maxTime(), d.maxMainMemoryBytes()));
    }

    @Bean
    DocumentRequestParser documentRequestParser() {
        return new DocumentRequestParser(JsonMapper.builder().build());
    }
}
