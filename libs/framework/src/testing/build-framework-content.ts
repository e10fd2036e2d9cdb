import type { FrameworkContent, FrameworkElement } from '../framework.schema.js';

// A minimal framework that passes validateFrameworkContent: 8 elements, each with one
// sub-element, one detail and two anchor questions. Keys are numbered so they stay unique.
function element(n: number): FrameworkElement {
  return {
    key: `element-${n}`,
    title: `Element ${n}`,
    description: `Description of element ${n}.`,
    url: `https://example.org/framework/element-${n}`,
    subElements: [
      {
        key: `sub-element-${n}`,
        title: `Sub-element ${n}`,
        details: [
          {
            key: `detail-${n}`,
            title: `Detail ${n}`,
            anchorQuestions: [
              { key: `detail-${n}.q1`, text: `First question for detail ${n}?` },
              { key: `detail-${n}.q2`, text: `Second question for detail ${n}?` },
            ],
            rightsImplications: `Rights implications of detail ${n}.`,
            targetScenario: `Target scenario for detail ${n}.`,
            standards: [{ title: `Standard ${n}`, url: `https://example.org/standards/${n}` }],
          },
        ],
      },
    ],
  };
}

const base: FrameworkContent = {
  version: '2026.1.0',
  title: 'Test framework',
  source: { title: 'Test source', url: 'https://example.org/' },
  elements: [1, 2, 3, 4, 5, 6, 7, 8].map(element),
};

// Returns a fresh deep copy on every call, so tests can mutate it freely.
export function buildFrameworkContent(overrides: Partial<FrameworkContent> = {}): FrameworkContent {
  return structuredClone({ ...base, ...overrides });
}
