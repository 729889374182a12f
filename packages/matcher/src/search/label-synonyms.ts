import type { LabelKind } from './create-label-terms.js';

/**
 * Everyday words for vocabulary ids whose labels are formal ("Early childhood education and care"
 * is what a visitor calls a kindergarten). Indexed with the labels, in all five languages, so a
 * word in any of them finds the mentors with that id. Data only: extend freely.
 */
export const LABEL_SYNONYMS: Readonly<Partial<Record<LabelKind, Readonly<Record<string, readonly string[]>>>>> = Object.freeze({
  schoolLevel: Object.freeze({
    'early-childhood': Object.freeze([
      'kindergarten preschool nursery school',
      'lasteaed lasteaiad koolieelne',
      'lastentarha päiväkoti esiopetus esikoulu',
      'darželis vaikų darželis lopšelis',
      'bērnudārzs pirmsskola',
    ]),
    primary: Object.freeze(['primary school elementary school', 'algkool algklass', 'alakoulu', 'pradinė mokykla pradinukai', 'sākumskola']),
    'lower-secondary': Object.freeze(['middle school', 'põhikool', 'yläkoulu', 'progimnazija', 'pamatskola']),
    'upper-secondary': Object.freeze(['high school secondary school', 'gümnaasium keskkool', 'lukio', 'gimnazija', 'vidusskola ģimnāzija']),
    vet: Object.freeze(['vocational school', 'kutsekool', 'ammattikoulu', 'profesinė mokykla', 'profesionālā skola tehnikums']),
  }),
  topic: Object.freeze({
    'early-childhood': Object.freeze(['kindergarten preschool', 'lasteaed', 'lastentarha päiväkoti', 'darželis', 'bērnudārzs']),
  }),
  subject: Object.freeze({
    'pre-school-subjects': Object.freeze(['kindergarten preschool', 'lasteaed', 'lastentarha päiväkoti', 'darželis', 'bērnudārzs']),
  }),
});
