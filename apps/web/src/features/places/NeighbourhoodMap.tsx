import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { MapHome, MapTiles, Place } from '@thuis/domain';

/** The middle of the Netherlands, for a project with nothing on the map yet. */
const NETHERLANDS: L.LatLngTuple = [52.16, 5.39];

export interface MapPick {
  latitude: number;
  longitude: number;
}

/**
 * The neighbourhood with its homes (small grey dots) and meaningful places (larger dots), on the
 * configured background map or, without one, on a plain background. A click reports its position.
 * Pointer-only: the list and the coordinate fields next to it are the accessible way to the same.
 */
export function NeighbourhoodMap({
  tiles,
  homes,
  places,
  picked,
  onPick,
  label,
}: {
  tiles: MapTiles['tiles'];
  homes: readonly MapHome[];
  places: readonly Place[];
  picked: MapPick | null;
  onPick: (pick: MapPick) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);
  const pickLayer = useRef<L.LayerGroup | null>(null);
  const pickHandler = useRef(onPick);
  pickHandler.current = onPick;
  const fitted = useRef(false);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { center: NETHERLANDS, zoom: 7, zoomControl: false, attributionControl: !!tiles });
    L.control.zoom({ zoomInTitle: t('placesPage.zoomIn'), zoomOutTitle: t('placesPage.zoomOut') }).addTo(created);
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom }).addTo(created);
    created.attributionControl?.setPrefix(false);
    created.on('click', (e: L.LeafletMouseEvent) => pickHandler.current({ latitude: round6(e.latlng.lat), longitude: round6(e.latlng.lng) }));
    layers.current = L.layerGroup().addTo(created);
    pickLayer.current = L.layerGroup().addTo(created);
    map.current = created;
    fitted.current = false;
    return () => {
      created.remove();
      map.current = null;
    };
  }, [tiles, t]);

  useEffect(() => {
    const group = layers.current;
    if (!map.current || !group) return;
    group.clearLayers();
    const points: L.LatLngTuple[] = [];
    for (const home of homes) {
      if (home.latitude === null || home.longitude === null) continue;
      points.push([home.latitude, home.longitude]);
      L.circleMarker([home.latitude, home.longitude], {
        radius: 4,
        weight: 1,
        color: '#4b4b4b',
        fillColor: '#9a9a9a',
        fillOpacity: 0.9,
        className: 'thuis-map-home',
      })
        .bindTooltip(`${home.street} ${home.houseNumber}${home.addition ? ` ${home.addition}` : ''}`)
        .addTo(group);
    }
    for (const place of places) {
      points.push([place.latitude, place.longitude]);
      L.circleMarker([place.latitude, place.longitude], {
        radius: 9,
        weight: 2,
        color: '#00456b',
        fillColor: '#e17000',
        fillOpacity: 0.95,
        className: 'thuis-map-place',
      })
        .bindTooltip(place.name)
        .addTo(group);
    }
    if (!fitted.current && points.length > 0) {
      map.current.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 17 });
      fitted.current = true;
    }
  }, [homes, places, tiles]);

  useEffect(() => {
    const group = pickLayer.current;
    if (!group) return;
    group.clearLayers();
    if (picked)
      L.circleMarker([picked.latitude, picked.longitude], { radius: 11, weight: 3, color: '#d52b1e', fill: false, className: 'thuis-map-pick' }).addTo(group);
  }, [picked, tiles]);

  return (
    <div ref={container} className={tiles ? 'thuis-map' : 'thuis-map thuis-map--plain'} role="region" aria-label={label} data-testid="neighbourhood-map" />
  );
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
