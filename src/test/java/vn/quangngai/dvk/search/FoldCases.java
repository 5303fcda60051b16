package vn.quangngai.dvk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tricky inputs both folds must agree on — {@code Vietnamese.fold} at build time and
 * search.js's {@code fold} at query time — read from fold-cases.json beside this class. Java checks
 * them in {@link FoldCasesTest}, the browser in {@link SearchBrowserTest}.
 */
record FoldCases(String why, String input, String folded) {

    static List<FoldCases> all() {
        try (InputStream in = FoldCases.class.getResourceAsStream("fold-cases.json")) {
            JsonNode rows = new ObjectMapper().readTree(in);
            List<FoldCases> cases = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                cases.add(new FoldCases(row.get(0).asText(), row.get(1).asText(), row.get(2).asText()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
