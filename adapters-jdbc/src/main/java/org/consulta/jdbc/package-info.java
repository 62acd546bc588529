/**
 * Consulta's store on PostgreSQL, MariaDB/MySQL and H2: {@link org.consulta.jdbc.JdbcStore} on a
 * {@link javax.sql.DataSource} you supply, {@link org.consulta.jdbc.Dialect} holding every
 * difference between the databases, and {@link org.consulta.jdbc.JdbcMigrations} (Flyway).
 */
package org.consulta.jdbc;
