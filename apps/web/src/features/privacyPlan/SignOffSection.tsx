import { useTranslation } from 'react-i18next';
import type { PrivacyPlanView, ProjectDetail } from '@thuis/domain';
import { Alert, Button, FormProblem, Paragraph, Section, StatusBadge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '../../ui';
import { formatDateTime } from '../../lib/dates';
import { useActionFeedback } from '../../lib/useActionProblem';
import { useSignPrivacyPlan } from './hooks';

/** Each core party's sign-off of the current version; the caller signs for their own organisation. */
export function SignOffSection({ project, plan }: { project: ProjectDetail; plan: PrivacyPlanView }) {
  const { t, i18n } = useTranslation();
  const sign = useSignPrivacyPlan(project.id);
  const feedback = useActionFeedback();
  const version = plan.versionHash.slice(0, 8);
  return (
    <Section title={t('privacyPlanPage.signOffs')} id="ondertekening">
      <Paragraph>{t('privacyPlanPage.signOffsIntro', { version })}</Paragraph>
      <Table caption={t('privacyPlanPage.signOffs')}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('privacyPlanPage.party')}</TableHeaderCell>
            <TableHeaderCell>{t('privacyPlanPage.status')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.parties.map((p) => (
            <TableRow key={p.organisationId}>
              <TableCell>
                {p.organisationName} ({t(`organisationTypes.${p.organisationType}`)})
              </TableCell>
              <TableCell>
                {p.current ? (
                  <StatusBadge tone="done">
                    {t('privacyPlanPage.signedBy', { name: p.current.signedBy, date: formatDateTime(p.current.signedAt, i18n.language) })}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="danger">{t('privacyPlanPage.notSigned')}</StatusBadge>
                )}
                {!p.current && p.earlier ? (
                  <span className="thuis-muted">
                    {' '}
                    {t('privacyPlanPage.signedEarlier', { version: p.earlier.versionHash.slice(0, 8), name: p.earlier.signedBy })}
                  </span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <FormProblem problem={feedback.problem} />
      {feedback.success ? <Alert type="ok">{feedback.success}</Alert> : null}
      {plan.canSign ? (
        <Button
          appearance="primary"
          busy={sign.isPending}
          disabled={sign.isPending}
          onClick={() => void feedback.run(() => sign.mutateAsync(plan.versionHash), t('privacyPlanPage.signed', { version }))}
        >
          {t('privacyPlanPage.sign', { version })}
        </Button>
      ) : null}
    </Section>
  );
}
