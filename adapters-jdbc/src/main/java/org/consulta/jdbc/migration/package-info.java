/** Flyway migrations written in Java; not API. */
package org.consulta.jdbc.migration;
