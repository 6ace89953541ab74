package nl.participatiemonitor.mail;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The body of one e-mail written once for both forms: plain text and HTML with the same paragraphs, lists and tables,
 * so the two never say different things.
 */
final class MailBody {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"></head>"
                    + "<body style=\"font-family: sans-serif; line-height: 1.4\">");

    MailBody paragraph(String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(escape(sentence)).append("</p>");
        return this;
    }

    MailBody heading(String heading) {
        text.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        html.append("<h2 style=\"font-size: 1.1em\">").append(escape(heading)).append("</h2>");
        return this;
    }

    MailBody list(List<String> items) {
        html.append("<ul>");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(escape(item)).append("</li>");
        }
        text.append('\n');
        html.append("</ul>");
        return this;
    }

    /** A table with a header row; in the text every row is one line of {@code header: value} pairs. */
    MailBody table(List<String> header, List<List<String>> rows) {
        html.append("<table style=\"border-collapse: collapse\"><thead><tr>");
        header.forEach(h -> html.append("<th style=\"text-align: left; padding: 2px 8px; border-bottom: 1px solid #999\">")
                .append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                html.append("<td style=\"padding: 2px 8px\">").append(escape(row.get(i))).append("</td>");
                line.add(i == 0 ? row.get(i) + ":" : header.get(i) + " " + row.get(i));
            }
            html.append("</tr>");
            text.append("  ").append(line.get(0)).append(' ')
                    .append(String.join("; ", line.subList(1, line.size()))).append('\n');
        }
        html.append("</tbody></table>");
        text.append('\n');
        return this;
    }

    /** A link when there is an address, else the sentence {@code otherwise}. */
    MailBody link(String sentence, String url, String otherwise) {
        if (url == null) {
            return paragraph(otherwise);
        }
        text.append(sentence).append(' ').append(url).append("\n\n");
        html.append("<p>").append(escape(sentence)).append(" <a href=\"").append(escape(url)).append("\">")
                .append(escape(url)).append("</a></p>");
        return this;
    }

    /** The text with {@code footer} (why the reader gets it) below a signature line. */
    String text(String footer) {
        return text + "-- \n" + footer + "\n";
    }

    String html(String footer) {
        return html + "<hr><p style=\"font-size: 0.85em; color: #555\">" + escape(footer) + "</p></body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
