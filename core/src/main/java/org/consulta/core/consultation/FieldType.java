package org.consulta.core.consultation;

/** The type of a {@link FormField}, and so of the {@link Answer} it takes. */
public enum FieldType {
  /** One line of text ({@link Answer.Text}). */
  TEXT,
  /** Several paragraphs ({@link Answer.Text}). */
  LONG_TEXT,
  /** Exactly one of the options ({@link Answer.Choices} with one entry). */
  SINGLE_CHOICE,
  /** Any number of the options ({@link Answer.Choices}). */
  MULTIPLE_CHOICE,
  /** A decimal number ({@link Answer.Number}). */
  NUMBER,
  /** A calendar date ({@link Answer.Date}). */
  DATE,
  /** A position ({@link Answer.Location}). */
  LOCATION,
  /** A yes/no consent; when required it must be yes ({@link Answer.Consent}). */
  CONSENT
}
