import { describe, expect, it } from 'vitest';
import { inNetherlands, looksLikeRd, parseCoordinate, rdToWgs84 } from './coordinates.js';

describe('rdToWgs84', () => {
  // Known points: RD coordinates and WGS84 positions as published by Kadaster / PDOK.
  it.each([
    { name: 'Amersfoort, Onze Lieve Vrouwetoren (RD origin)', x: 155000, y: 463000, latitude: 52.15517, longitude: 5.38721 },
    { name: 'Amsterdam, Westertoren', x: 120700.723, y: 487525.501, latitude: 52.37453, longitude: 4.88353 },
    { name: 'Groningen, Martinitoren', x: 233883.131, y: 582065.167, latitude: 53.21938, longitude: 6.5682 },
  ])('$name', ({ x, y, latitude, longitude }) => {
    const position = rdToWgs84(x, y);
    // Five decimals is about a metre: the accuracy of the seven-parameter datum shift.
    expect(position.latitude).toBeCloseTo(latitude, 4);
    expect(position.longitude).toBeCloseTo(longitude, 4);
  });

  it('puts converted RD positions in the Netherlands', () => {
    expect(inNetherlands(rdToWgs84(155000, 463000))).toBe(true);
    expect(inNetherlands({ latitude: 5.38, longitude: 52.15 })).toBe(false);
  });
});

describe('looksLikeRd', () => {
  it('tells RD metres from degrees', () => {
    expect(looksLikeRd(155000, 463000)).toBe(true);
    expect(looksLikeRd(5.38721, 52.15517)).toBe(false);
    expect(looksLikeRd(463000, 155000)).toBe(false);
  });
});

describe('parseCoordinate', () => {
  it('reads decimal points and Dutch decimal commas', () => {
    expect(parseCoordinate('52,15517')).toBe(52.15517);
    expect(parseCoordinate(' 155000.5 ')).toBe(155000.5);
    expect(parseCoordinate('1.155.000')).toBeNull();
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate('noord')).toBeNull();
  });
});
