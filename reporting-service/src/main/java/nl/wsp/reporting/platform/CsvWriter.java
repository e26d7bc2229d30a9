package nl.wsp.reporting.platform;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a {@link CsvTabel} as RFC 4180 CSV (comma, CRLF, UTF-8); a text cell that a spreadsheet would run as a formula is quoted with '. */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<CsvTabel> {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTabel.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTabel tabel, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        StringBuilder csv = new StringBuilder();
        for (List<Object> regel : tabel.csvRegels()) {
            csv.append(regel.stream().map(CsvWriter::cel).collect(Collectors.joining(","))).append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (waarde instanceof Number || waarde instanceof Boolean) {
            return waarde.toString();
        }
        String tekst = waarde.toString();
        if (!tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return "\"" + tekst.replace("\"", "\"\"") + "\"";
        }
        return tekst;
    }
}
