import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { residentRequestInput, residentRequestKinds, todayInAmsterdam, type ResidentRequestKind } from '@thuis/domain';
import { Alert, Button, FormProblem, SelectField, TextField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useCreateResidentRequest } from './hooks';

/** Records a resident's request about one household as it came in (by phone, letter or at the door). */
export function NewRequestForm({ projectId, householdId }: { projectId: string; householdId: string }) {
  const { t } = useTranslation();
  const create = useCreateResidentRequest(projectId);
  const feedback = useActionFeedback();
  const [kind, setKind] = useState<ResidentRequestKind | ''>('');
  const [receivedOn, setReceivedOn] = useState(todayInAmsterdam());
  const [errors, setErrors] = useState<{ kind?: string; receivedOn?: string }>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = residentRequestInput.safeParse({ kind, receivedOn });
    if (!parsed.success) {
      const byPath = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), t(i.message)]));
      setErrors({ kind: byPath.kind ? t('residentRights.kindRequired') : undefined, receivedOn: byPath.receivedOn });
      return;
    }
    setErrors({});
    const done = await feedback.run(() => create.mutateAsync({ householdId, input: parsed.data }), t('residentRights.created'));
    if (done) setKind('');
  };

  return (
    <form className="thuis-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('residentRights.newTitle')}>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      <SelectField
        label={t('residentRights.kind')}
        placeholder={t('residentRights.chooseKind')}
        value={kind}
        error={errors.kind}
        onChange={(e) => setKind(e.target.value as ResidentRequestKind | '')}
        options={residentRequestKinds.map((k) => ({ value: k, label: t(`residentRights.kinds.${k}`) }))}
      />
      <TextField
        label={t('residentRights.receivedOn')}
        description={t('residentRights.receivedOnHint')}
        type="date"
        value={receivedOn}
        error={errors.receivedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
      />
      <Button type="submit" appearance="primary" busy={create.isPending} disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('residentRights.record')}
      </Button>
    </form>
  );
}
