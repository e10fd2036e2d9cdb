import type { AppErrorInfo } from '../../shared/errors/app-errors';

// The element tree as the workspace query returns it (the assessment's customised questions).
type QuestionNode = {
  readonly key: string;
  readonly text: string;
  readonly position: number;
  readonly provenance: string;
};
type DetailNode = {
  readonly key: string;
  readonly title: string;
  readonly questions: readonly QuestionNode[];
};
type SubElementNode = {
  readonly key: string;
  readonly title: string;
  readonly enabled: boolean;
  readonly details: readonly DetailNode[];
};
export type ElementNode = {
  readonly key: string;
  readonly title: string;
  readonly subElements: readonly SubElementNode[];
};

export type OutlineQuestion = {
  readonly key: string;
  readonly text: string;
  readonly number: string;
  // The framework's own wording is English; reworded and custom questions are in any language.
  readonly english: boolean;
};
export type OutlineDetail = {
  readonly key: string;
  readonly title: string;
  readonly questions: OutlineQuestion[];
};
export type OutlineSubElement = {
  readonly key: string;
  readonly title: string;
  readonly details: OutlineDetail[];
};

// What the workspace shows for an element: enabled sub-elements only, each topic's questions in
// the assessment's order, numbered "sub-element.topic.question" within the element.
export function workspaceOutline(element: ElementNode): OutlineSubElement[] {
  return element.subElements
    .filter((s) => s.enabled)
    .map((s, si) => ({
      key: s.key,
      title: s.title,
      details: s.details.map((d, di) => ({
        key: d.key,
        title: d.title,
        questions: [...d.questions]
          .sort((a, b) => a.position - b.position)
          .map((q, qi) => ({
            key: q.key,
            text: q.text,
            number: `${si + 1}.${di + 1}.${qi + 1}`,
            english: q.provenance === 'FRAMEWORK',
          })),
      })),
    }));
}

export const countQuestions = (outline: readonly OutlineSubElement[]): number =>
  outline.reduce((n, s) => n + s.details.reduce((m, d) => m + d.questions.length, 0), 0);

// Whether the viewer may write in the element's document: the API's `viewerActions`, and never in
// an archived assessment. The collaboration server enforces the same policy.
export function mayEditElement(
  viewerActions: readonly string[] | undefined,
  archived: boolean,
): boolean {
  return !archived && (viewerActions ?? []).includes('element.edit');
}

// The collaboration endpoint on the host that served the page (the API, or Vite's proxy).
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

// A token request that failed because this person may not open the document (or is signed out)
// will not succeed on retry; anything else (network, server error) may.
export function isAccessRefusal(errors: readonly AppErrorInfo[]): boolean {
  return errors.some((e) => ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(e.code));
}
