export enum QuestionOrigin {
  FRAMEWORK = 'FRAMEWORK',
  CUSTOM = 'CUSTOM',
}

export enum QuestionProvenance {
  FRAMEWORK = 'FRAMEWORK',
  REWORDED = 'REWORDED',
  CUSTOM = 'CUSTOM',
}

export function provenanceOf(q: {
  origin: QuestionOrigin;
  text: string;
  originalText: string | null;
}): QuestionProvenance {
  if (q.origin === QuestionOrigin.CUSTOM) {
    return QuestionProvenance.CUSTOM;
  }
  return q.text === q.originalText ? QuestionProvenance.FRAMEWORK : QuestionProvenance.REWORDED;
}
