import { layoutRippleMap, rippleDrawingSvg, type RippleLevel, type RippleMapDetail } from '@thuis/domain';
import { downloadBlob } from '../../lib/api';

/**
 * The map as a standalone SVG, laid out by the same domain function the final report uses:
 * three columns of levels, the effects in the order the team placed them, arrows between them.
 */
export function rippleMapSvg(map: RippleMapDetail, labels: Record<RippleLevel, string>): string {
  return rippleDrawingSvg(layoutRippleMap(map, { labels, columnWidth: 240, fontSize: 12 }), map.title);
}

/** A file name from the map's title: lower case letters, digits and dashes. */
export function rippleFileName(title: string, extension: 'svg' | 'png'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'rimpelkaart'}.${extension}`;
}

export function downloadSvg(svg: string, fileName: string) {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName);
}

/** Draws the SVG on a canvas at twice its size and downloads it as PNG. */
export async function downloadPng(svg: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'));
    downloadBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
