import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, type AlertType, type ButtonProps } from '../../ui';

/**
 * A button that cannot be used right now but keeps its place in the tab order: a focused button
 * that became `disabled` (the last statement, the top of a list) would drop the focus to the page.
 */
export function StayButton({ unavailable, onClick, className, ...props }: ButtonProps & { unavailable: boolean }) {
  return (
    <Button
      {...props}
      aria-disabled={unavailable || undefined}
      className={[className, unavailable ? 'thuis-button--unavailable' : ''].filter(Boolean).join(' ') || undefined}
      onClick={unavailable ? undefined : onClick}
    />
  );
}

/**
 * The outcome of an action whose button goes away (approved, published, deleted): the message takes
 * the focus, so keyboard and screen reader users are not left at the top of the page.
 */
export function FocusedAlert({ type = 'ok', title, children }: { type?: AlertType; title?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="thuis-focus-target">
      <Alert type={type} title={title}>
        {children}
      </Alert>
    </div>
  );
}
