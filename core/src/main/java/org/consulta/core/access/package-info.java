/**
 * Who acts and what they may do: {@link org.consulta.core.access.TenantId}, {@link
 * org.consulta.core.access.Actor}, {@link org.consulta.core.access.Role} and the pluggable {@link
 * org.consulta.core.access.AccessPolicy}. Depends only on {@code error}.
 */
package org.consulta.core.access;
