package org.consulta.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every generated builder in Consulta uses, so generated names match
 * everywhere: records annotated {@code @Value.Builder} get a {@code <Record>Builder} class with
 * get-less setters and {@code build()}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(jdkOnly = true, optionalAcceptNullable = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface ConsultaStyle {}
