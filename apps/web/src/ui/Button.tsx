import type { ComponentProps, ReactNode } from 'react';
import { Link as RouterLinkBase, NavLink as RouterNavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button as UtrechtButton, ButtonGroup as UtrechtButtonGroup } from '@utrecht/component-library-react';

type Appearance = 'primary' | 'secondary' | 'subtle';
const appearanceClass = {
  primary: 'primary-action-button',
  secondary: 'secondary-action-button',
  subtle: 'subtle-button',
} as const;

export interface ButtonProps extends Omit<ComponentProps<'button'>, 'type'> {
  appearance?: Appearance;
  type?: 'button' | 'submit' | 'reset';
  /** Marks a destructive action. */
  danger?: boolean;
  busy?: boolean;
}

/** The one button of the app (NL Design System). Defaults to type="button" so it never submits by accident. */
export function Button({ appearance = 'secondary', type = 'button', danger, busy, ...props }: ButtonProps) {
  return (
    <UtrechtButton
      {...props}
      type={type}
      appearance={appearanceClass[appearance]}
      hint={danger ? 'danger' : undefined}
      busy={busy}
      aria-busy={busy || undefined}
    />
  );
}

export interface ButtonLinkProps extends ComponentProps<typeof RouterLinkBase> {
  appearance?: Appearance;
}

const buttonLinkAppearance = {
  primary: 'utrecht-button-link--primary-action',
  secondary: 'utrecht-button-link--secondary-action',
  subtle: 'utrecht-button-link--subtle',
} as const;

/** A link to a page in the app that looks like a button. */
export function ButtonLink({ appearance = 'primary', className, ...props }: ButtonLinkProps) {
  const classes = ['utrecht-button-link', 'utrecht-button-link--html-a', buttonLinkAppearance[appearance], className].filter(Boolean).join(' ');
  return <RouterLinkBase {...props} className={classes} />;
}

/** A text link to a page in the app. */
export function Link({ className, ...props }: ComponentProps<typeof RouterLinkBase>) {
  return <RouterLinkBase {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}

/** A navigation link that marks the current page with aria-current. */
export function NavLink({ className, ...props }: Omit<ComponentProps<typeof RouterNavLink>, 'className'> & { className?: string }) {
  return (
    <RouterNavLink
      {...props}
      className={({ isActive }) =>
        ['utrecht-link', 'utrecht-link--html-a', 'thuis-nav__link', isActive ? 'thuis-nav__link--current' : '', className].filter(Boolean).join(' ')
      }
    />
  );
}

export function ButtonGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <UtrechtButtonGroup className={['thuis-button-group', className].filter(Boolean).join(' ')}>{children}</UtrechtButtonGroup>;
}

/** A plain link to a file the server makes (an export); looks like a secondary button. */
export function DownloadLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={href}
      download
      className={['utrecht-button-link', 'utrecht-button-link--html-a', buttonLinkAppearance.secondary, className].filter(Boolean).join(' ')}
    >
      {children}
    </a>
  );
}

/** The buttons under a form: submit (reads "Opslaan…" while busy) and, when given, cancel as a link back or a button. */
export function FormButtons({ busy, submitLabel, cancelTo, onCancel }: { busy: boolean; submitLabel: string; cancelTo?: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
        {busy ? t('common.saving') : submitLabel}
      </Button>
      {cancelTo ? (
        <ButtonLink to={cancelTo} appearance="subtle">
          {t('common.cancel')}
        </ButtonLink>
      ) : onCancel ? (
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}
