package org.consulta.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servlet's mapper with one {@link ObjectReader} and one {@link ObjectWriter} per type, made
 * once: a reader or writer for a type keeps its root (de)serializer, which {@code
 * mapper.readValue}/{@code writeValue} look up again on each call. Thread-safe; the types are the
 * API's few records, so the maps stay small.
 */
final class Codecs {
  private final ObjectMapper mapper;
  private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

  Codecs(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  ObjectReader reader(Class<?> type) {
    return readers.computeIfAbsent(type, mapper::readerFor);
  }

  ObjectWriter writer(Class<?> type) {
    return writers.computeIfAbsent(type, mapper::writerFor);
  }
}
