import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeRequestInput, type ResidentRequest } from '@thuis/domain';
import { Alert, Button, ButtonGroup, FormProblem, Paragraph, TextField } from '../../ui';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useCompleteResidentRequest } from './hooks';

/**
 * Carries out an open request: an access request is closed once the export was handed over; a
 * rectification takes the corrected contact data; erasure and objection ask to confirm first.
 */
export function CompleteRequest({ projectId, request }: { projectId: string; request: ResidentRequest }) {
  const { t } = useTranslation();
  const complete = useCompleteResidentRequest(projectId);
  const feedback = useActionFeedback();
  const [open, setOpen] = useState(false);
  const [contact, setContact] = useState({ name: '', phone: '', email: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label = t(`residentRights.complete.${request.kind}`);
  const full = t('residentRights.complete.full', { action: label, address: request.address });

  const carryOut = (input: { contact?: typeof contact }) =>
    feedback.run(() => complete.mutateAsync({ requestId: request.id, input }), t('residentRights.completed'));

  const submitContact = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = completeRequestInput.safeParse({ contact });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[1]), t(i.message, { max: 120 })])));
      return;
    }
    setErrors({});
    if (await carryOut(parsed.data)) setOpen(false);
  };

  if (!open)
    return (
      <>
        <FormProblem problem={feedback.problem} />
        <Button appearance="secondary" onClick={() => (request.kind === 'access' ? void carryOut({}) : setOpen(true))} aria-label={full}>
          {label}
        </Button>
      </>
    );

  if (request.kind === 'rectification')
    return (
      <form className="thuis-form" onSubmit={(e) => void submitContact(e)} noValidate aria-label={full}>
        <FormProblem problem={feedback.problem} />
        <Paragraph>{t('residentRights.rectifyHint')}</Paragraph>
        <TextField
          label={t('fields.contactName')}
          value={contact.name}
          error={errors.name}
          onChange={(e) => setContact({ ...contact, name: e.target.value })}
        />
        <TextField
          label={t('fields.contactPhone')}
          type="tel"
          value={contact.phone}
          error={errors.phone}
          onChange={(e) => setContact({ ...contact, phone: e.target.value })}
        />
        <TextField
          label={t('fields.contactEmail')}
          type="email"
          value={contact.email}
          error={errors.email}
          onChange={(e) => setContact({ ...contact, email: e.target.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={complete.isPending} disabled={complete.isPending}>
            {t('residentRights.complete.rectification')}
          </Button>
          <Button appearance="subtle" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    );

  return (
    <div role="group" aria-label={full}>
      <FormProblem problem={feedback.problem} />
      <Alert type="warning">{t(`residentRights.confirm.${request.kind}`)}</Alert>
      <ButtonGroup>
        <Button appearance="primary" danger busy={complete.isPending} disabled={complete.isPending} onClick={() => void carryOut({})}>
          {t('residentRights.confirm.yes', { action: label })}
        </Button>
        <Button appearance="subtle" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
