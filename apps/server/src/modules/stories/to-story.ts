import type { Story } from '@thuis/domain';
import type { StoryRow } from './repository.js';

/** A story as the API shows it. */
export function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    tellerKind: row.tellerKind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    activity: row.activityId ? { id: row.activityId, title: row.activityTitle ?? '' } : null,
    theme: row.themeId ? { id: row.themeId, name: row.themeName ?? '' } : null,
    storyTitle: row.storyTitle,
    storyText: row.storyText,
    storyWhy: row.storyWhy,
    selections: row.selections,
    updatedAt: row.updatedAt.toISOString(),
  };
}
