package org.consulta.core.consultation;

/**
 * A WGS 84 position.
 *
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 */
public record GeoPoint(double latitude, double longitude) {
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("latitude must be -90..90 and longitude -180..180");
    }
  }
}
