import { missingProjectContacts, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createProjectRepository } from '../projects/repository.js';
import { getLetterTemplate } from './get-letter-template.js';

/**
 * The project's letter with the team contact it merges; refused, naming the project field, when the
 * letter uses a team phone or e-mail the project has not filled in (a letter must not print empty).
 * Asked when letters are requested and again when they are made, as the template may change between.
 */
export async function letterWithContacts(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  const template = await getLetterTemplate(ctx, { actor, projectId });
  const project = await createProjectRepository(ctx.db).find(projectId);
  const contact = { teamPhone: project?.teamPhone ?? '', teamEmail: project?.teamEmail ?? '' };
  const missing = missingProjectContacts(`${template.subject}\n${template.body}`, contact);
  if (missing.length) throw new ValidationError(missing.map((field) => ({ path: [field], key: 'errors.letterNeedsProjectContact' })));
  return { template, projectName: project?.name ?? '', contact };
}
