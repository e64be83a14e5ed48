import { useTranslation } from 'react-i18next';
import { ActionLabel, Button } from '../../ui';

/**
 * Removes one record of the preparation after the user confirmed what goes; the button's full name
 * says which record, for screen readers in a table of look-alike rows.
 */
export function RemoveButton({ full, confirm, busy, onRemove }: { full: string; confirm: string; busy: boolean; onRemove: () => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <Button
      type="button"
      appearance="secondary"
      busy={busy}
      disabled={busy}
      onClick={() => {
        if (window.confirm(confirm)) void onRemove();
      }}
    >
      <ActionLabel visible={t('preparation.remove.button')} full={full} />
    </Button>
  );
}
