package nl.wsp.reporting.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** A report that can also be answered as CSV (Accept: text/csv or ?formaat=csv): a header line, then the rows. */
public interface CsvTabel {

    @JsonIgnore
    List<List<Object>> csvRegels();
}
