import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Loading, PageTitle, Paragraph } from '../ui';
import { isApiError } from '../lib/api';
import { formatDate } from '../lib/dates';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { SurveyAnswerForm } from '../features/surveys/SurveyAnswerForm';
import { useOpenSurveyLink, useRespondSurveyLink } from '../features/surveys/hooks';

/**
 * Public: a resident answers a survey with the personal link of a letter (/s#secret). No log-in; the
 * link reaches this one survey only and works once. The secret leaves the address bar at once.
 */
export function SurveyLinkPage() {
  const { t, i18n } = useTranslation();
  const lang: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  const form = useOpenSurveyLink(token);
  const respond = useRespondSurveyLink();
  const title = form.data ? form.data.definition.title[lang] || form.data.definition.title.nl : t('surveyLink.title');
  useDocumentTitle(title);
  const fieldErrors = respond.error && isApiError(respond.error) ? respond.error.fields.filter((f) => f.path.startsWith('answers.')) : [];

  if (!token)
    return (
      <>
        <PageTitle title={t('surveyLink.title')} />
        <Alert type="error">{t('surveyLink.missing')}</Alert>
      </>
    );
  if (form.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (form.isError)
    return (
      <>
        <PageTitle title={t('surveyLink.invalidTitle')} />
        <Alert type="error">{form.error.message}</Alert>
      </>
    );
  if (respond.isSuccess)
    return (
      <>
        <PageTitle title={t('surveyLink.thanks')} />
        <Alert type="ok">{t('surveyLink.thanksText')}</Alert>
      </>
    );
  return (
    <div className="thuis-survey-link">
      <PageTitle title={title} lead={t('surveyLink.closesOn', { date: formatDate(form.data.closesOn, i18n.language) })} />
      <Paragraph>{t('surveyLink.anonymous')}</Paragraph>
      <SurveyAnswerForm
        definition={form.data.definition}
        busy={respond.isPending}
        problem={respond.error && fieldErrors.length === 0 ? respond.error.message : respond.error ? t('surveyLink.checkAnswers') : null}
        fieldErrors={fieldErrors}
        onSubmit={(answers) => {
          respond.mutate({ token, answers }, { onSettled: () => window.scrollTo({ top: 0 }) });
        }}
      />
    </div>
  );
}
