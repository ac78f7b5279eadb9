package vn.thidua.importer;

/**
 * What the caller knows beyond the document.
 *
 * @param fileName the uploaded file's name, to tell its format when the media type does not; may be null
 * @param provinceCode the province of the plan ({@code gia-lai}) when the document does not say it; may be null
 * @param year the year of the plan when the document does not say it; may be null
 */
public record ImportOptions(String fileName, String provinceCode, Integer year) {

    public static ImportOptions none() {
        return new ImportOptions(null, null, null);
    }

    public static ImportOptions fileName(String fileName) {
        return new ImportOptions(fileName, null, null);
    }
}
