package nl.wsp.platform.opslag;

/** An enum whose constants have the code the API, the events and the database use ({@code breed-uitgezet}, {@code open}). */
public interface MetCode {

    String code();
}
