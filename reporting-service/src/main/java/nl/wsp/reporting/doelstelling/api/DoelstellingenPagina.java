package nl.wsp.reporting.doelstelling.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DoelstellingenPagina(List<DoelstellingGegevens> resultaten, String volgendeCursor) {
}
