import { useTranslation } from 'react-i18next';
import type { ProjectProgress } from '@thuis/domain';

/** The five phases as steps: done, in progress, not started, late; the current one is marked with aria-current. */
export function PhaseStepper({ progress }: { progress: ProjectProgress }) {
  const { t } = useTranslation();
  return (
    <ol className="thuis-stepper" aria-label={t('progress.stepperLabel')}>
      {progress.phases.map((p, index) => {
        const isCurrent = progress.current === p.phase;
        const state = p.late ? 'late' : p.status;
        return (
          <li
            key={p.phase}
            className={`thuis-stepper__step thuis-stepper__step--${state}${isCurrent ? ' thuis-stepper__step--current' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="thuis-stepper__marker" aria-hidden="true">
              {p.status === 'done' ? '✓' : p.late ? '!' : index + 1}
            </span>
            <span className="thuis-stepper__text">
              <span className="thuis-stepper__number">{t('progress.step', { number: index + 1 })}</span>
              <span className="thuis-stepper__name">{t(`phases.${p.phase}`)}</span>
              <span className="thuis-stepper__status">
                {t(`phaseStatuses.${p.status}`)}
                {p.late ? <> · {t('progress.late')}</> : null}
                {isCurrent ? <span className="thuis-visually-hidden"> ({t('progress.current')})</span> : null}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
