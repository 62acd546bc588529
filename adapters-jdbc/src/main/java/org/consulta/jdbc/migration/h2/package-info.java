/** Java migrations of the h2 dialect, found by Flyway; not API. */
package org.consulta.jdbc.migration.h2;
