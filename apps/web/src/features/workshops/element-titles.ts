// Names of the framework parts an agenda item points at, from the customised element tree.
export interface ElementTree {
  key: string;
  title: string;
  subElements: {
    key: string;
    title: string;
    enabled: boolean;
    details: { key: string; questions: { key: string; text: string }[] }[];
  }[];
}

export interface ItemPlace {
  element: string;
  subElement: string;
}

export function placeOf(
  elements: readonly ElementTree[],
  elementKey: string,
  subElementKey: string,
): ItemPlace {
  const index = elements.findIndex((e) => e.key === elementKey);
  const element = elements[index];
  const sub = element?.subElements.find((s) => s.key === subElementKey);
  return {
    element: element ? `${index + 1}. ${element.title}` : elementKey,
    subElement: sub?.title ?? subElementKey,
  };
}

export function questionsOf(
  elements: readonly ElementTree[],
  elementKey: string,
  subElementKey: string,
): { key: string; text: string }[] {
  const sub = elements
    .find((e) => e.key === elementKey)
    ?.subElements.find((s) => s.key === subElementKey);
  return sub?.details.flatMap((d) => d.questions) ?? [];
}
