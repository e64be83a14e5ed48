import { describe, expect, it } from 'vitest';
import type { RippleMapDetail } from '@thuis/domain';
import { rippleFileName, rippleMapSvg } from './export';

const labels = { direct: 'Direct effect', indirect: 'Indirect effect', lasting: 'Langdurig effect' };
const map: RippleMapDetail = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Rimpelingen van de wandelclub',
  status: 'finished',
  activity: null,
  theme: null,
  nodeCount: 2,
  updatedAt: '2026-12-01T10:00:00.000Z',
  nodes: [
    { id: '00000000-0000-4000-8000-000000000002', level: 'direct', text: 'Buren wandelen samen', x: 40, y: 0 },
    { id: '00000000-0000-4000-8000-000000000003', level: 'lasting', text: 'Minder eenzaamheid', x: 640, y: 0 },
  ],
  edges: [{ id: '00000000-0000-4000-8000-000000000004', fromNodeId: '00000000-0000-4000-8000-000000000002', toNodeId: '00000000-0000-4000-8000-000000000003' }],
};

describe('exporting a ripple map', () => {
  it('names the file after the map, without accents or spaces', () => {
    expect(rippleFileName('Rimpelingen: café & wandelclub', 'svg')).toBe('rimpelingen-cafe-wandelclub.svg');
    expect(rippleFileName('???', 'png')).toBe('rimpelkaart.png');
  });

  it('writes an SVG with the title, the level columns, the effects and one arrow', () => {
    const svg = rippleMapSvg(map, labels);
    expect(svg).toContain('<title>Rimpelingen van de wandelclub</title>');
    for (const text of ['Direct effect', 'Indirect effect', 'Langdurig effect', 'Buren wandelen samen', 'Minder eenzaamheid']) expect(svg).toContain(text);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
  });
});
