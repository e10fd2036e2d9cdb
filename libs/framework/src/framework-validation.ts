import { frameworkContentSchema, type FrameworkContent } from './framework.schema.js';

export class FrameworkValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid framework content:\n- ${problems.join('\n- ')}`);
    this.name = 'FrameworkValidationError';
  }
}

// Keys are referenced from stored assessments, so each must be unique across the whole framework
// at its level, not only among its siblings.
function duplicateKeyProblems(content: FrameworkContent): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const claim = (level: string, key: string, where: string): void => {
    const id = `${level}:${key}`;
    const previous = seen.get(id);
    if (previous) {
      problems.push(`duplicate ${level} key "${key}" at ${where} (first at ${previous})`);
    } else {
      seen.set(id, where);
    }
  };
  content.elements.forEach((element, e) => {
    claim('element', element.key, `elements[${e}]`);
    element.subElements.forEach((sub, s) => {
      claim('sub-element', sub.key, `elements[${e}].subElements[${s}]`);
      sub.details.forEach((detail, d) => {
        const at = `elements[${e}].subElements[${s}].details[${d}]`;
        claim('detail', detail.key, at);
        detail.anchorQuestions.forEach((q, i) => {
          claim('question', q.key, `${at}.anchorQuestions[${i}]`);
        });
      });
    });
  });
  return problems;
}

export function validateFrameworkContent(input: unknown): FrameworkContent {
  const parsed = frameworkContentSchema.safeParse(input);
  if (!parsed.success) {
    throw new FrameworkValidationError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const duplicates = duplicateKeyProblems(parsed.data);
  if (duplicates.length > 0) {
    throw new FrameworkValidationError(duplicates);
  }
  return parsed.data;
}
