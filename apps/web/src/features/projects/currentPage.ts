/**
 * The page of the nav that is current: its own address, or for a section (`section: true`) also the
 * pages under it, unless another page of the nav is nearer.
 */
export function currentPage(pathname: string, pages: readonly { to: string; section?: boolean }[]): string | null {
  const path = pathname.replace(/\/+$/, '');
  let best: string | null = null;
  for (const p of pages) {
    const matches = path === p.to || (p.section === true && path.startsWith(`${p.to}/`));
    if (matches && (best === null || p.to.length > best.length)) best = p.to;
  }
  return best;
}
