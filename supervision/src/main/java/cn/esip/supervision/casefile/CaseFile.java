package cn.esip.supervision.casefile;

import java.util.List;
import java.util.Optional;

/**
 * A case file (案卷) as read from its directory: its name, the documents in file order, case.json when there is
 * one, and the problems met while reading (a document that could not be read is reported, not fatal).
 */
public record CaseFile(String name, List<CaseDocument> documents, Optional<CaseRecord> record, List<String> problems) {

    public CaseFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
