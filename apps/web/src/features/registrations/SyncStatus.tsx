import './registration.css';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { syncNow, useSyncState } from './sync';

/** The sync state of this device's registrations, in words. */
export function useSyncText(): string {
  const { t } = useTranslation();
  const { pending, syncing } = useSyncState();
  if (syncing) return t('registration.sync.syncing');
  if (pending > 0) return t('registration.sync.waiting', { count: pending });
  return t('registration.sync.allSynced');
}

export function SyncStatus() {
  const { t } = useTranslation();
  const { pending, syncing } = useSyncState();
  const text = useSyncText();
  return (
    <div className={`thuis-sync thuis-sync--${syncing ? 'busy' : pending > 0 ? 'waiting' : 'done'}`}>
      <p className="utrecht-paragraph" role="status">
        {text}
      </p>
      {pending > 0 && !syncing ? (
        <Button appearance="subtle" onClick={() => void syncNow()}>
          {t('registration.sync.now')}
        </Button>
      ) : null}
    </div>
  );
}

/** A small badge for the header: only there while something waits or is on its way. */
export function SyncBadge() {
  const { pending, syncing } = useSyncState();
  const text = useSyncText();
  if (pending === 0 && !syncing) return null;
  return (
    <span className="thuis-sync-badge" role="status" title={text}>
      {text}
    </span>
  );
}
