package cn.esip.supervision.casefile;

import java.util.List;

/** One page of a document's text, line by line (a text file is one page). */
public record TextPage(int number, List<String> lines) {

    public TextPage {
        lines = List.copyOf(lines);
    }
}
