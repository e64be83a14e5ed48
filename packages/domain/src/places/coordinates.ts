import proj4, { type Converter } from 'proj4';

/**
 * Rijksdriehoeksstelsel (RD New, EPSG:28992) as Dutch corporations export it, with the datum shift to
 * WGS84 (the seven-parameter transformation EPSG publishes for Amersfoort → WGS84; good to about a metre,
 * plenty for a neighbourhood map).
 */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
// Made on first use: building it at import time would keep proj4 in every bundle that imports the domain.
let rdToWgs84Converter: Converter | undefined;

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** RD x/y in metres to WGS84 degrees, rounded to seven decimals (about a centimetre). */
export function rdToWgs84(x: number, y: number): LatLng {
  rdToWgs84Converter ??= proj4(RD_NEW, 'WGS84');
  const [longitude, latitude] = rdToWgs84Converter.forward([x, y]) as [number, number];
  return { latitude: round7(latitude), longitude: round7(longitude) };
}

const round7 = (n: number) => Math.round(n * 1e7) / 1e7;

/** The European Netherlands with a margin: a position outside is a mistake in the file or the mapping. */
export function inNetherlands({ latitude, longitude }: LatLng): boolean {
  return latitude >= 50.5 && latitude <= 53.9 && longitude >= 3.0 && longitude <= 7.5;
}

/** RD's valid area (metres): x from -7 km to 300 km, y from 289 km to 629 km. */
export function looksLikeRd(x: number, y: number): boolean {
  return x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;
}

/** Reads a coordinate as spreadsheets write it: a decimal point or a Dutch decimal comma, no thousands separators. */
export function parseCoordinate(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
