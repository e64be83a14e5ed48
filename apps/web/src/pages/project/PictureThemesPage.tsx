import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  openTextCategories,
  socialQualityConditions,
  themeBreakdownKeys,
  themeValences,
  type OpenTextCategory,
  type OverviewQuestion,
  type ProjectDetail,
  type Theme,
  type ThemeValence,
} from '@thuis/domain';
import {
  ActionLabel,
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  Card,
  FormProblem,
  Heading,
  Paragraph,
  QueryState,
  Section,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '../../ui';
import { formatNumber } from '../../lib/numbers';
import { useActionFeedback } from '../../lib/useActionProblem';
import { breakdownMax, breakdownRows } from '../../features/picture/breakdown';
import { useCodingWork, useCreateTheme, useDeleteTheme, useUpdateTheme } from '../../features/picture/hooks';
import { localised } from '../../features/picture/overview';
import { PictureSubPage } from '../../features/picture/PictureNav';
import { statementsOfTheme, uniqueStories, type CodingLike } from '../../features/picture/session';
import { ThemeForm } from '../../features/picture/ThemeForm';
import { OrientationThemeSuggestions } from '../../features/preparation/OrientationThemeSuggestions';

type OpenTexts = Record<OpenTextCategory, readonly { registrationId: string; text: string }[]>;

/** Phase 3, step 2: the themes found, per kind, with how often they occur and who says them. */
export function PictureThemesPage() {
  const { t } = useTranslation();
  return (
    <PictureSubPage permission="registrations.read" title={t('pictureThemes.title')} lead={t('pictureThemes.intro')}>
      {(project) => <ThemesLoader project={project} />}
    </PictureSubPage>
  );
}

function ThemesLoader({ project }: { project: ProjectDetail }) {
  return (
    <QueryState query={useCodingWork(project.id)}>
      {({ overview, themes, codings }) => (
        <ThemesView project={project} questions={overview.questions} openTexts={overview.openTexts} themes={themes} codings={codings} />
      )}
    </QueryState>
  );
}

function ThemesView({
  project,
  questions,
  openTexts,
  themes,
  codings,
}: {
  project: ProjectDetail;
  questions: readonly OverviewQuestion[];
  openTexts: OpenTexts;
  themes: readonly Theme[];
  codings: readonly CodingLike[];
}) {
  const { t } = useTranslation();
  const canWork = project.permissions.includes('picture.work');
  const feedback = useActionFeedback();
  const unique = useMemo(() => uniqueStories(codings), [codings]);
  const byMost = (a: Theme, b: Theme) => b.households - a.households || b.statements - a.statements || a.name.localeCompare(b.name, 'nl');
  return (
    <>
      {feedback.success ? (
        <Alert type="ok" focus key={feedback.success}>
          {feedback.success}
        </Alert>
      ) : null}
      <FormProblem problem={feedback.problem} />
      {themes.length === 0 ? (
        <Section title={t('pictureThemes.noneTitle')}>
          <Paragraph>{t('pictureThemes.none')}</Paragraph>
          <ButtonGroup>
            <ButtonLink to={`/projects/${project.id}/picture/session`} appearance="secondary">
              {t('pictureThemes.toSession')}
            </ButtonLink>
          </ButtonGroup>
        </Section>
      ) : (
        <>
          <ByCondition themes={themes} />
          {themeValences.map((valence) => (
            <ThemeGroup
              key={valence}
              project={project}
              valence={valence}
              themes={themes.filter((th) => th.valence === valence).sort(byMost)}
              questions={questions}
              openTexts={openTexts}
              codings={codings}
              unique={unique}
              feedback={feedback}
            />
          ))}
        </>
      )}
      {project.permissions.includes('preparation.read') ? <OrientationThemeSuggestions projectId={project.id} /> : null}
      {canWork ? <NewThemeSection projectId={project.id} /> : null}
    </>
  );
}

/** The handbook orders the themes by the four conditions of social quality: a theme may touch several. */
function ByCondition({ themes }: { themes: readonly Theme[] }) {
  const { t } = useTranslation();
  const names = (condition: string, valence: ThemeValence) =>
    themes
      .filter((th) => th.valence === valence && (th.conditions as readonly string[]).includes(condition))
      .map((th) => th.name)
      .join(', ') || '–';
  return (
    <Section title={t('pictureThemes.byConditionTitle')}>
      <Table caption={t('pictureThemes.byConditionCaption')}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('pictureThemes.condition')}</TableHeaderCell>
            {themeValences.map((v) => (
              <TableHeaderCell key={v}>{t(`themeValences.${v}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {socialQualityConditions.map((c) => (
            <TableRow key={c}>
              <TableHeaderCell scope="row">{t(`socialQualityConditions.${c}`)}</TableHeaderCell>
              {themeValences.map((v) => (
                <TableCell key={v} label={t(`themeValences.${v}`)}>
                  {names(c, v)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

function ThemeGroup({
  project,
  valence,
  themes,
  questions,
  openTexts,
  codings,
  unique,
  feedback,
}: {
  project: ProjectDetail;
  valence: ThemeValence;
  themes: readonly Theme[];
  questions: readonly OverviewQuestion[];
  openTexts: OpenTexts;
  codings: readonly CodingLike[];
  unique: ReadonlyMap<string, number>;
  feedback: ReturnType<typeof useActionFeedback>;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t(`pictureThemes.groupTitle.${valence}`, { count: themes.length })} className="thuis-theme-group">
      {themes.length === 0 ? (
        <Paragraph>{t(`pictureThemes.groupNone.${valence}`)}</Paragraph>
      ) : (
        <ul className="thuis-theme-list">
          {themes.map((th) => (
            <ThemeCard
              key={th.id}
              project={project}
              theme={th}
              questions={questions}
              openTexts={openTexts}
              codings={codings}
              unique={unique.get(th.id) ?? 0}
              feedback={feedback}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function ThemeCard({
  project,
  theme,
  questions,
  openTexts,
  codings,
  unique,
  feedback,
}: {
  project: ProjectDetail;
  theme: Theme;
  questions: readonly OverviewQuestion[];
  openTexts: OpenTexts;
  codings: readonly CodingLike[];
  unique: number;
  feedback: ReturnType<typeof useActionFeedback>;
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => formatNumber(n, i18n.language);
  const canWork = project.permissions.includes('picture.work');
  const [editing, setEditing] = useState(false);
  const update = useUpdateTheme(project.id);
  const remove = useDeleteTheme(project.id);
  const breakdownKeys = [...new Set<string>([...themeBreakdownKeys, ...Object.keys(theme.breakdowns)])];

  const onDelete = async () => {
    if (!window.confirm(t('pictureThemes.confirmDelete', { name: theme.name }))) return;
    await feedback.run(() => remove.mutateAsync(theme.id), t('pictureThemes.deleted', { name: theme.name }));
  };

  if (editing)
    return (
      <Card as="li" className="thuis-theme">
        <Heading level={3}>{t('themeForm.editTitle', { name: theme.name })}</Heading>
        <ThemeForm
          theme={theme}
          title={t('themeForm.editTitle', { name: theme.name })}
          idPrefix={`theme-${theme.id}`}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            feedback.clear();
            await update.mutateAsync({ themeId: theme.id, input });
            setEditing(false);
            feedback.ok(t('themeForm.updated', { name: input.name }));
          }}
        />
      </Card>
    );

  return (
    <Card as="li" className="thuis-theme">
      <div className="thuis-theme__header">
        <Heading level={3}>{theme.name}</Heading>
        <StatusBadge tone={theme.valence === 'concern' ? 'danger' : 'done'}>{t(`themeValences.${theme.valence}`)}</StatusBadge>
      </div>
      {theme.description ? <Paragraph className="thuis-preline">{theme.description}</Paragraph> : null}
      <p className="thuis-theme__conditions">
        <strong>{t('pictureThemes.conditions')}:</strong> {theme.conditions.map((c) => t(`socialQualityConditions.${c}`)).join(', ')}
      </p>
      <ul className="thuis-theme__counts">
        <li>{t('pictureThemes.households', { count: theme.households, number: number(theme.households) })}</li>
        <li>{t('pictureThemes.statements', { count: theme.statements, number: number(theme.statements) })}</li>
        <li>{t('pictureThemes.uniqueStories', { count: unique, number: number(unique) })}</li>
      </ul>
      {theme.households > 0 ? (
        <>
          <Heading level={4}>{t('pictureThemes.whoSays')}</Heading>
          <div className="thuis-theme__breakdowns">
            {breakdownKeys.map((key) => (
              <Breakdown key={key} theme={theme} breakdownKey={key} question={questions.find((q) => q.key === key)} />
            ))}
          </div>
          <Statements themeId={theme.id} themeName={theme.name} codings={codings} openTexts={openTexts} />
        </>
      ) : (
        <Paragraph className="thuis-muted">{t('pictureThemes.notYetCoded')}</Paragraph>
      )}
      {canWork ? (
        <ButtonGroup>
          <Button onClick={() => setEditing(true)}>
            <ActionLabel visible={t('common.edit')} full={t('pictureThemes.edit', { name: theme.name })} />
          </Button>
          <Button appearance="subtle" danger disabled={remove.isPending} onClick={() => void onDelete()}>
            <ActionLabel visible={t('common.delete')} full={t('pictureThemes.delete', { name: theme.name })} />
          </Button>
        </ButtonGroup>
      ) : null}
    </Card>
  );
}

/** Households that speak of the theme per answer of one background question, as a table with bars. */
function Breakdown({ theme, breakdownKey, question }: { theme: Theme; breakdownKey: string; question: OverviewQuestion | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = breakdownRows(theme.breakdowns[breakdownKey], question, lang, t('pictureThemes.noAnswer'));
  const max = breakdownMax(rows);
  const known = (themeBreakdownKeys as readonly string[]).includes(breakdownKey);
  const name = known ? t(`pictureThemes.breakdown.${breakdownKey}`) : question ? localised(question.label, lang) : breakdownKey;
  const column = t('pictureThemes.householdsColumn');
  if (rows.length === 0) return null;
  return (
    <Table caption={t('pictureThemes.breakdownCaption', { breakdown: name, theme: theme.name })}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{name}</TableHeaderCell>
          <TableHeaderCell>{column}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell label={name}>{row.label}</TableCell>
            <TableCell label={column} className="thuis-breakdown__cell">
              <span className="thuis-breakdown__bar" aria-hidden="true" style={{ inlineSize: `${(row.count / max) * 100}%` }} />
              <span className="thuis-number">{formatNumber(row.count, lang)}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Statements({ themeId, themeName, codings, openTexts }: { themeId: string; themeName: string; codings: readonly CodingLike[]; openTexts: OpenTexts }) {
  const { t, i18n } = useTranslation();
  const statements = useMemo(() => statementsOfTheme(themeId, codings, openTexts), [themeId, codings, openTexts]);
  if (statements.length === 0) return null;
  const count = formatNumber(statements.length, i18n.language);
  return (
    <details className="thuis-figures">
      <summary>
        <ActionLabel
          visible={t('pictureThemes.showStatements', { number: count })}
          full={t('pictureThemes.showStatementsOf', { number: count, name: themeName })}
        />
      </summary>
      {openTextCategories.map((c) => {
        const inCategory = statements.filter((s) => s.category === c);
        if (inCategory.length === 0) return null;
        return (
          <div key={c}>
            <p className="thuis-theme__category">{t(`fields.${c}`)}</p>
            <ul className="thuis-quotes">
              {inCategory.map((s) => (
                <li key={s.registrationId} className="thuis-quote">
                  {s.text}
                  {s.unique ? (
                    <>
                      {' '}
                      <StatusBadge tone="active">{t('pictureSession.unique')}</StatusBadge>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </details>
  );
}

function NewThemeSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const create = useCreateTheme(projectId);
  const [added, setAdded] = useState<string | null>(null);
  const title = t('themeForm.newTitle');
  return (
    <Section title={title}>
      {added ? <Alert type="ok">{t('themeForm.created', { name: added })}</Alert> : null}
      <ThemeForm
        title={title}
        idPrefix="new-theme"
        onSubmit={async (input) => {
          setAdded(null);
          const theme = await create.mutateAsync(input);
          setAdded(theme.name);
        }}
      />
    </Section>
  );
}
