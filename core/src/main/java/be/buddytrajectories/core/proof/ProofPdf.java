package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.contact.HoursParts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import be.buddytrajectories.core.qr.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders a proof of participation as a one-page PDF (OpenPDF), in Dutch or English, with its verification code
 * and a QR code of the address that checks it below the signature.
 */
final class ProofPdf {

    private static final String BUNDLE = "be.buddytrajectories.core.ProofMessages";

    private ProofPdf() {
    }

    static byte[] render(ProofOfParticipation proof, String code, String checkLink, Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, language, ProofPdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        DecimalFormat hours = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(language));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text.getString("proof.title"));
            document.open();
            document.add(new Paragraph(text.getString("proof.title"), new Font(Font.HELVETICA, 16, Font.BOLD)));
            document.add(new Paragraph(text.getString("proof.subtitle"), new Font(Font.HELVETICA, 11, Font.ITALIC)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setWidths(new float[] {1, 2});
            row(table, text.getString("proof.participant"), proof.newcomerName());
            row(table, text.getString("proof.period"),
                    proof.from().format(dates) + " – " + proof.to().format(dates));
            HoursParts parts = proof.counted();
            row(table, text.getString("proof.hours"), hours.format(proof.hours()) + " "
                    + text.getString("proof.hoursUnit"));
            row(table, text.getString("proof.meetingHours"), hours.format(parts.meetingHours()) + " "
                    + text.getString("proof.hoursUnit") + " (" + proof.contacts() + " "
                    + text.getString("proof.meetings") + ")");
            row(table, text.getString("proof.confirmed"), hours.format(proof.confirmedHours()) + " "
                    + text.getString("proof.hoursUnit") + " (" + proof.confirmedContacts() + " "
                    + text.getString("proof.meetings") + ")");
            if (parts.groupActivityMinutes() > 0) {
                row(table, text.getString("proof.groupActivities"), hours.format(parts.groupActivityHours()) + " "
                        + text.getString("proof.hoursUnit") + counted(parts.groupActivitiesCount(), text));
            }
            if (parts.otherActivityMinutes() > 0) {
                row(table, text.getString("proof.otherActivities"), hours.format(parts.otherActivityHours()) + " "
                        + text.getString("proof.hoursUnit") + counted(parts.otherActivitiesCount(), text));
            }
            row(table, text.getString("proof.target"), proof.hoursTarget() + " " + text.getString("proof.hoursUnit")
                    + (proof.targetReached() ? " – " + text.getString("proof.targetReached") : ""));
            row(table, text.getString("proof.activities"), proof.activityTypes().stream().sorted()
                    .map(type -> type.label(language)).collect(Collectors.joining(", ")));
            row(table, text.getString("proof.contactPerson"), proof.contactPerson());
            row(table, text.getString("proof.issuedOn"), proof.issuedOn().format(dates));
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text.getString("proof.statement")));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text.getString("proof.signature") + " ____________________________"));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text.getString("proof.code") + " " + code,
                    new Font(Font.COURIER, 12, Font.BOLD)));
            document.add(new Paragraph(text.getString("proof.check") + " " + checkLink,
                    new Font(Font.HELVETICA, 9)));
            Image qr = Image.getInstance(QrCodes.png(checkLink));
            qr.scaleAbsolute(90, 90);
            document.add(qr);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the proof of participation", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String counted(boolean counts, ResourceBundle text) {
        return counts ? "" : " (" + text.getString("proof.notCounted") + ")";
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, new Font(Font.HELVETICA, 10, Font.BOLD)));
        table.addCell(new Paragraph(value, new Font(Font.HELVETICA, 10)));
    }
}
