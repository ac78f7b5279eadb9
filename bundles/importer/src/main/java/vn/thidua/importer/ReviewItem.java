package vn.thidua.importer;

import java.util.List;

/**
 * One decision of the importer a person should check.
 *
 * @param pointer the JSON Pointer of the element of the imported plan it concerns ({@code /sections/2/blocks/0/tasks/1/lead})
 * @param decision what the importer decided, in words
 * @param alternatives what else it could have been
 * @param confidence how sure the importer is, from 0 to 1
 */
public record ReviewItem(String pointer, String decision, List<String> alternatives, double confidence) {

    public ReviewItem {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
