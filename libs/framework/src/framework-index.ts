import type {
  AnchorQuestion,
  Framework,
  FrameworkDetail,
  FrameworkElement,
  FrameworkSubElement,
} from './framework.schema.js';

export interface QuestionLocation {
  element: FrameworkElement;
  subElement: FrameworkSubElement;
  detail: FrameworkDetail;
  question: AnchorQuestion;
  position: number;
}

export interface FrameworkIndex {
  element(key: string): FrameworkElement | undefined;
  subElement(
    key: string,
  ): { element: FrameworkElement; subElement: FrameworkSubElement } | undefined;
  detail(
    key: string,
  ):
    | { element: FrameworkElement; subElement: FrameworkSubElement; detail: FrameworkDetail }
    | undefined;
  questions(): QuestionLocation[];
}

export function indexFramework(fw: Framework): FrameworkIndex {
  const elements = new Map(fw.elements.map((e) => [e.key, e]));
  const subElements = new Map<
    string,
    { element: FrameworkElement; subElement: FrameworkSubElement }
  >();
  const details = new Map<
    string,
    { element: FrameworkElement; subElement: FrameworkSubElement; detail: FrameworkDetail }
  >();
  const questions: QuestionLocation[] = [];
  for (const element of fw.elements) {
    for (const subElement of element.subElements) {
      subElements.set(subElement.key, { element, subElement });
      for (const detail of subElement.details) {
        details.set(detail.key, { element, subElement, detail });
        detail.anchorQuestions.forEach((question, position) => {
          questions.push({ element, subElement, detail, question, position });
        });
      }
    }
  }
  return {
    element: (key) => elements.get(key),
    subElement: (key) => subElements.get(key),
    detail: (key) => details.get(key),
    questions: () => questions,
  };
}
