package org.consulta.core.expectation;

/** A participant's verdict on whether an expectation was met. */
public enum Fulfilment {
  YES,
  PARTLY,
  NO
}
