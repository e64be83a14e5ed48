import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { tileOrigin } from './security-headers.js';

describe('the map tile source', () => {
  it('is off unless configured, and read from the environment', () => {
    expect(loadConfig({}).mapTiles).toBeUndefined();
    expect(loadConfig({ THUIS_MAP_TILES_URL: 'https://tiles.example.nl/{z}/{x}/{y}.png', THUIS_MAP_TILES_ATTRIBUTION: '© Kadaster' }).mapTiles).toEqual({
      url: 'https://tiles.example.nl/{z}/{x}/{y}.png',
      attribution: '© Kadaster',
      maxZoom: 19,
    });
  });

  it('opens the content security policy to the tile server only', () => {
    expect(tileOrigin('https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png')).toBe('https://service.pdok.nl');
    expect(tileOrigin('http://127.0.0.1:8123/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8123');
    expect(tileOrigin(undefined)).toBeUndefined();
    expect(tileOrigin('not a url')).toBeUndefined();
  });
});
