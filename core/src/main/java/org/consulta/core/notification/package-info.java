/**
 * Notifications to participants: {@link org.consulta.core.notification.Notification} and the
 * {@link org.consulta.core.notification.Notifier} port the embedder implements (e-mail, push, an
 * in-app inbox).
 */
package org.consulta.core.notification;
