import { useId, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from 'react';
import {
  Alert as UtrechtAlert,
  Heading as UtrechtHeading,
  Paragraph as UtrechtParagraph,
  StatusBadge as UtrechtStatusBadge,
  Table as UtrechtTable,
  TableBody as UtrechtTableBody,
  TableCaption as UtrechtTableCaption,
  TableCell as UtrechtTableCell,
  TableHeader as UtrechtTableHeader,
  TableHeaderCell as UtrechtTableHeaderCell,
  TableRow as UtrechtTableRow,
} from '@utrecht/component-library-react';
import { useFocusOnAppear } from './focus';

const noElement = { current: null };

export function Heading({ level, children, className, id }: { level: 1 | 2 | 3 | 4; children: ReactNode; className?: string; id?: string }) {
  return (
    <UtrechtHeading level={level} className={className} id={id}>
      {children}
    </UtrechtHeading>
  );
}

export function Paragraph({ children, lead, className }: { children: ReactNode; lead?: boolean; className?: string }) {
  return (
    <UtrechtParagraph appearance={lead ? 'lead' : undefined} className={className}>
      {children}
    </UtrechtParagraph>
  );
}

/** The top of a page: its one h1, an optional line under it and actions on the right. */
export function PageTitle({ title, lead, actions, pre }: { title: ReactNode; lead?: ReactNode; actions?: ReactNode; pre?: ReactNode }) {
  return (
    <div className="thuis-page-title">
      <div className="thuis-page-title__text">
        {pre ? <p className="thuis-page-title__pre">{pre}</p> : null}
        <Heading level={1}>{title}</Heading>
        {lead ? <Paragraph lead>{lead}</Paragraph> : null}
      </div>
      {actions ? <div className="thuis-page-title__actions">{actions}</div> : null}
    </div>
  );
}

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** A message box. Errors are announced (role="alert"), others politely (role="status"). */
/**
 * A message. A success message (`ok`) takes the focus when the action that led to it left the focus
 * nowhere (the saved form closed); `focus` makes any message take it when it appears, for actions
 * whose own button goes away (approved, removed, moved on).
 */
export function Alert({ type = 'info', children, title, focus = false }: { type?: AlertType; children: ReactNode; title?: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const takesFocus = focus || type === 'ok';
  useFocusOnAppear(takesFocus ? ref : noElement, focus);
  return (
    <UtrechtAlert
      ref={ref}
      type={type}
      role={type === 'error' ? 'alert' : 'status'}
      className={['thuis-alert', takesFocus ? 'thuis-focus-target' : ''].filter(Boolean).join(' ')}
      tabIndex={takesFocus ? -1 : undefined}
    >
      {title ? <p className="thuis-alert__title">{title}</p> : null}
      {typeof children === 'string' ? <UtrechtParagraph>{children}</UtrechtParagraph> : children}
    </UtrechtAlert>
  );
}

/** A section of a page with its own heading; the heading names the region for assistive technology. */
export function Section({
  title,
  level = 2,
  children,
  actions,
  id,
  className,
}: {
  title: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
  actions?: ReactNode;
  id?: string;
  className?: string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} id={id} className={['thuis-section', className].filter(Boolean).join(' ')}>
      <div className="thuis-section__header">
        <Heading level={level} id={headingId}>
          {title}
        </Heading>
        {actions ? <div className="thuis-section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function Card({ children, className, as: Tag = 'div' }: { children: ReactNode; className?: string; as?: 'div' | 'li' | 'article' }) {
  return <Tag className={['thuis-card', className].filter(Boolean).join(' ')}>{children}</Tag>;
}

export type BadgeTone = 'neutral' | 'active' | 'done' | 'danger';

export function StatusBadge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return <UtrechtStatusBadge className={`thuis-badge thuis-badge--${tone}`}>{children}</UtrechtStatusBadge>;
}

/** Loading text, announced politely. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="thuis-loading" role="status">
      {children}
    </p>
  );
}

/** Key–value pairs (a description list). */
export function DataList({ items, className }: { items: { key: string; label: ReactNode; value: ReactNode }[]; className?: string }) {
  return (
    <dl className={['thuis-datalist', className].filter(Boolean).join(' ')}>
      {items.map((item) => (
        <div className="thuis-datalist__item" key={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table that scrolls inside its own box on small screens, and stacks its rows as cards below 40em. */
/** Whether the element's content is wider than the element (so it scrolls sideways), kept up to date as either resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

export function Table({ caption, children, stack = true }: { caption: ReactNode; children: ReactNode; stack?: boolean }) {
  const captionId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrap);
  // A table that scrolls sideways (on a tablet, or always when not stacked) is a focusable, named region, so
  // keyboard users can scroll to its last columns too; one that fits is no extra stop in the tab order.
  const scrollRegion = !stack || scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {};
  return (
    <div
      ref={wrap}
      className={['thuis-table-wrap', stack ? 'thuis-table-wrap--stack' : '', scrolls ? 'thuis-table-wrap--scrolls' : ''].filter(Boolean).join(' ')}
      {...scrollRegion}
    >
      <UtrechtTable className="thuis-table">
        <UtrechtTableCaption className="thuis-table__caption" id={captionId}>
          {caption}
        </UtrechtTableCaption>
        {children}
      </UtrechtTable>
    </div>
  );
}
export function TableHead({ children }: { children: ReactNode }) {
  return <UtrechtTableHeader>{children}</UtrechtTableHeader>;
}
export function TableBody({ children }: { children: ReactNode }) {
  return <UtrechtTableBody>{children}</UtrechtTableBody>;
}
export function TableRow({ children }: { children: ReactNode }) {
  return <UtrechtTableRow>{children}</UtrechtTableRow>;
}
export function TableHeaderCell({ children, scope = 'col' }: { children: ReactNode; scope?: 'col' | 'row' }) {
  return <UtrechtTableHeaderCell scope={scope}>{children}</UtrechtTableHeaderCell>;
}
/** `label` repeats the column name when the table is stacked on a phone. */
export function TableCell({ children, label, ...props }: ComponentProps<'td'> & { label?: string }) {
  return (
    <UtrechtTableCell {...props} data-label={label}>
      {children}
    </UtrechtTableCell>
  );
}

/**
 * A short visible action text ("Verwijder") whose accessible name names the object too
 * ("Verwijder Buurtteam Dukenburg"); the visible words come first, so speech input still works.
 */
export function ActionLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="thuis-visually-hidden">{full}</span>
    </>
  );
}

/** A labelled progress bar with the numbers also as text (the label names it for assistive technology). */
export function ProgressBar({ label, value, max, text }: { label: string; value: number; max: number; text: ReactNode }) {
  const id = useId();
  return (
    <div className="thuis-progress">
      <label htmlFor={id} className="thuis-progress__label">
        {label}
      </label>
      <progress id={id} className="thuis-progress__bar" value={max > 0 ? value : undefined} max={max > 0 ? max : undefined}>
        {text}
      </progress>
      <p className="thuis-progress__text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
