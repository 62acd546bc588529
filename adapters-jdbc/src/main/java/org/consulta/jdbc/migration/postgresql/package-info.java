/** Java migrations of the postgresql dialect, found by Flyway; not API. */
package org.consulta.jdbc.migration.postgresql;
