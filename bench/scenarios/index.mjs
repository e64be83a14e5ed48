import { firstloadScenario } from './firstload.ts';
import { identifyingScenario } from './identifying.ts';
import { importScenario } from './import.ts';
import { lettersScenario } from './letters.ts';
import { overheadScenario } from './overhead.ts';
import { pictureScenario } from './picture.ts';
import { apiScenario, scaleScenario } from './scale.ts';
import { startup } from './startup.mjs';
import { surveyScenario } from './survey.ts';
import { versionsScenario } from './versions.ts';

export const scenarios = {
  startup,
  import: importScenario,
  letters: lettersScenario,
  picture: pictureScenario,
  versions: versionsScenario,
  identifying: identifyingScenario,
  survey: surveyScenario,
  api: apiScenario,
  scale: scaleScenario,
  overhead: overheadScenario,
  firstload: firstloadScenario,
};
