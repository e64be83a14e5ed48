import type { ReviewStage } from '@thuis/domain';

/** The badge tone of a stage: published is done, the review stages are under way. */
export function stageTone(stage: ReviewStage): 'neutral' | 'active' | 'done' {
  return stage === 'published' ? 'done' : stage === 'concept' ? 'neutral' : 'active';
}
