package nl.wsp.platform.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body's string value holds a BSN. Jackson adds the JSON path on its way out; the message never holds
 * the value, so neither a log line nor a problem detail can echo it. A {@link MismatchedInputException} because
 * Quarkus REST passes those on to the exception mappers as they are (other mapping errors become a bare 400).
 */
public class BsnGevonden extends MismatchedInputException {

    static final String REDEN = "bevat een nummer dat de BSN-elfproef doorstaat; een BSN wordt niet opgeslagen, "
            + "gebruik een eigen kenmerk";

    public BsnGevonden(JsonParser parser) {
        super(parser, "a string value holds a number that passes the BSN eleven-test", String.class);
    }

    /** The JSON path as the client sent it: {@code kandidaten[3].referentie}, {@code talen[0]}. */
    public String veld() {
        StringBuilder pad = new StringBuilder();
        for (Reference ref : getPath()) {
            if (ref.getFieldName() != null) {
                if (pad.length() > 0) {
                    pad.append('.');
                }
                pad.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pad.append('[').append(ref.getIndex()).append(']');
            }
        }
        return pad.length() == 0 ? "body" : pad.toString();
    }
}
