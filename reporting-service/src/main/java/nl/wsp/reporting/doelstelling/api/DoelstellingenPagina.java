package nl.wsp.reporting.doelstelling.api;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DoelstellingenPagina(List<DoelstellingGegevens> resultaten, @Nullable String volgendeCursor) {
}
