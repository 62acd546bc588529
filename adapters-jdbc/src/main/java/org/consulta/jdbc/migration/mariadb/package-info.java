/** Java migrations of the mariadb dialect, found by Flyway; not API. */
package org.consulta.jdbc.migration.mariadb;
