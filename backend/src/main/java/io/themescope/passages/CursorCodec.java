package io.themescope.passages;

import io.themescope.clickhouse.StoredDates;
import io.themescope.web.ApiValidationException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Opaque page cursors: the last item's sort key, base64url-encoded. Keyset paging stays correct
 * while documents are added, unlike offsets, and a tampered cursor is a 400, not a wrong page.
 */
final class CursorCodec {

    private CursorCodec() {
    }

    static String encode(PassageQuery.Cursor c) {
        String raw = "v1\n" + c.date() + "\n" + c.documentId() + "\n" + c.start() + "\n" + c.theme();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PassageQuery.Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 5 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException("shape");
            }
            LocalDate date = LocalDate.parse(parts[1]);
            if (!StoredDates.holds(date)) {
                // every issued cursor carries a stored meeting date; others would fail in the query
                throw new IllegalArgumentException("date");
            }
            return new PassageQuery.Cursor(date, parts[2], Integer.parseInt(parts[3]), parts[4]);
        } catch (RuntimeException e) {
            throw ApiValidationException.of("cursor", "opaque-cursor",
                    "cursor is not one this API issued; pass nextCursor from the previous page unchanged.");
        }
    }
}
