import { describe, expect, it } from 'vitest';
import { currentPage } from './currentPage';

const pages = [
  { to: '/projects/p/addresses' },
  { to: '/projects/p/addresses/import' },
  { to: '/projects/p/picture', section: true },
  { to: '/projects/p/picture/publications' },
];

describe('currentPage', () => {
  it('marks the page itself', () => {
    expect(currentPage('/projects/p/addresses', pages)).toBe('/projects/p/addresses');
    expect(currentPage('/projects/p/addresses/import', pages)).toBe('/projects/p/addresses/import');
    expect(currentPage('/projects/p/picture/', pages)).toBe('/projects/p/picture');
  });

  it('marks a section for the pages under it, unless a nearer page is in the nav', () => {
    expect(currentPage('/projects/p/picture/session', pages)).toBe('/projects/p/picture');
    expect(currentPage('/projects/p/picture/publications', pages)).toBe('/projects/p/picture/publications');
  });

  it('does not mark a page that is no section for the pages under it', () => {
    expect(currentPage('/projects/p/addresses/123', pages)).toBeNull();
    expect(currentPage('/projects/p/pictures', pages)).toBeNull();
  });
});
