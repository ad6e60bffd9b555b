package be.buddytrajectories.core.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The period report as a PDF for a funder (OpenPDF): one table per section, and a bar beside each line of the
 * sections that are parts of a whole (end reasons, months).
 */
final class PeriodReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Color BAR = new Color(0x1a, 0x5f, 0xb4);

    private PeriodReportPdf() {
    }

    static byte[] render(PeriodReport report, ReportText text, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            String title = ReportLines.title(report, text);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(text.get("buddy.report.explain", Figure.SMALLEST_GROUP), TEXT));
            for (ReportLines.Section section : ReportLines.of(report, text, locale)) {
                Paragraph heading = new Paragraph(section.title(), HEADING);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                document.add(table(section));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the period report", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(ReportLines.Section section) throws DocumentException {
        PdfPTable table = new PdfPTable(section.chart() ? 3 : 2);
        table.setWidthPercentage(100);
        table.setWidths(section.chart() ? new float[] {3, 1, 3} : new float[] {3, 1});
        double largest = section.lines().stream().filter(l -> l.bar() != null).mapToDouble(ReportLines.Line::bar)
                .max().orElse(0);
        for (ReportLines.Line line : section.lines()) {
            table.addCell(cell(line.label(), Element.ALIGN_LEFT));
            table.addCell(cell(line.value(), Element.ALIGN_RIGHT));
            if (section.chart()) {
                table.addCell(bar(line.bar() == null || largest == 0 ? 0 : (float) (line.bar() / largest)));
            }
        }
        return table;
    }

    private static PdfPCell cell(String value, int alignment) {
        PdfPCell cell = new PdfPCell(new Paragraph(value, TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(3);
        return cell;
    }

    /** A bar of this share of the cell's width, drawn as a two-column table whose first column is filled. */
    private static PdfPCell bar(float share) throws DocumentException {
        PdfPCell holder = new PdfPCell();
        holder.setBorder(Rectangle.BOTTOM);
        holder.setBorderColor(Color.LIGHT_GRAY);
        holder.setPadding(4);
        if (share > 0) {
            PdfPTable bar = new PdfPTable(2);
            bar.setWidthPercentage(100);
            bar.setWidths(new float[] {Math.max(share, 0.01f), Math.max(1 - share, 0.0001f)});
            PdfPCell filled = new PdfPCell();
            filled.setBackgroundColor(BAR);
            filled.setBorder(Rectangle.NO_BORDER);
            filled.setFixedHeight(8);
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            bar.addCell(filled);
            bar.addCell(empty);
            holder.addElement(bar);
        }
        return holder;
    }
}
