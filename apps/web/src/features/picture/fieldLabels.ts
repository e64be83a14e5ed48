import { useFieldTranslate } from '../../lib/fieldLabels';

/** The translate function for the picture's forms, with the picture's own field labels. */
export const usePictureTranslate = () => useFieldTranslate('pictureFields');
