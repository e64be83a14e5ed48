import { Button, type ButtonProps } from '../../ui';

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
