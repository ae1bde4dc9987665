package io.themescope.hostile;

import io.themescope.support.Json;
import tools.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer to bad input may be: a valid 200, or a 4xx application/problem+json whose errors
 * list names the parameter at fault, each error on a parameter the endpoint has. Never a 5xx. A
 * path id that names nothing may be a 404 problem.
 */
final class Verdict {

    private Verdict() {
    }

    static void acceptable(String request, LiveApp.Answer a, Collection<String> sent, Collection<String> known,
                           boolean notFoundAllowed) {
        String what = LiveApp.abbreviated(request) + " → " + a.status() + " " + a.contentType() + " "
                + LiveApp.abbreviated(a.text());
        assertThat(a.status()).as(what).isLessThan(500);
        if (a.status() == 200) {
            if (a.contentType().equals("application/json")) {
                assertThat(Json.parse(a.text()).isContainer()).as(what).isTrue();
            }
            return;
        }
        assertThat(a.contentType()).as(what).isEqualTo("application/problem+json");
        JsonNode problem = Json.parse(a.text());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(a.status());
        if (notFoundAllowed && a.status() == 404) {
            return;
        }
        assertThat(a.status()).as(what).isEqualTo(400);
        Set<String> fields = new HashSet<>();
        problem.path("errors").forEach(e -> {
            // the note that more problems were left unlisted is about the request, not a parameter
            if (!"too-many-errors".equals(e.path("rule").asString())) {
                fields.add(e.path("field").asString());
            }
        });
        assertThat(fields).as(what).isNotEmpty();
        assertThat(known).as(what).containsAll(fields);
        assertThat(fields).as(what).containsAnyElementsOf(sent);
    }
}
