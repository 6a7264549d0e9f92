package cn.esip.kg.view;

import java.util.List;

/**
 * A law with its versions, the top-level units of the shown version, and its implementing relations.
 *
 * @param shownVersion the version whose children are listed (the one asked for, else the one in force, else the newest)
 */
public record LawView(LawSummary law, String enactingBody, String category, VersionSummary shownVersion,
                      List<String> history, List<VersionSummary> versions, List<ProvisionSummary> children,
                      List<LawSummary> implementsLaws, List<LawSummary> implementedBy) {
}
