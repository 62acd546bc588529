package org.consulta.core.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Mixed into each sealed interface ({@code ConsultaEvent}, {@code Answer}, {@code EligibilityRule})
 * so the domain types carry no Jackson annotation: every record is written with its name in a
 * leading {@code "type"} property, and read back by it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
interface PolymorphicMixin {}
