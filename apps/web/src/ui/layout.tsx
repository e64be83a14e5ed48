import type { ReactNode } from 'react';
import { SkipLink as UtrechtSkipLink } from '@utrecht/component-library-react';

export function SkipLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <UtrechtSkipLink href={href} className="thuis-skip-link">
      {children}
    </UtrechtSkipLink>
  );
}

/** The page frame: header (banner), main content and footer landmarks. */
export function PageShell({ header, children, footer }: { header: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="thuis-page">
      {header}
      <main id="main" className="thuis-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="thuis-footer">{footer}</footer> : null}
    </div>
  );
}
