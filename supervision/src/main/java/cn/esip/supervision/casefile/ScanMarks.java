package cn.esip.supervision.casefile;

import java.util.List;

/**
 * What the image checks saw on a scanned document: seals per page and each signature place with whether
 * handwriting is there. Absent (null) on text documents, where only the transcription's markers speak.
 */
public record ScanMarks(List<Integer> sealsPerPage, List<SignaturePlace> signatures) {

    public ScanMarks {
        sealsPerPage = List.copyOf(sealsPerPage);
        signatures = List.copyOf(signatures);
    }

    /** Seals on all pages together. */
    public int seals() {
        return sealsPerPage.stream().mapToInt(Integer::intValue).sum();
    }

    /** One signature label on a page and whether it was signed. */
    public record SignaturePlace(int page, String label, boolean signed) {
    }
}
