import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  // Fields selected, with fragments expanded: a bound on the work one operation can ask for.
  maxFields: number;
}

export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxAliases: 30, maxFields: 1500 };

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): Measure {
  const total: Measure = { depth, aliases: 0, fields: 0 };
  for (const selection of set.selections) {
    let inner: Measure | undefined;
    if (selection.kind === Kind.FIELD) {
      total.fields += 1;
      total.aliases += selection.alias ? 1 : 0;
      if (selection.selectionSet) {
        inner = measure(selection.selectionSet, fragments, depth + 1, seen);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, depth, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice in one path is a cycle; the standard rules report it.
      if (fragment && !seen.has(fragment.name.value)) {
        inner = measure(
          fragment.selectionSet,
          fragments,
          depth,
          new Set([...seen, fragment.name.value]),
        );
      }
    }
    if (inner) {
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.fields += inner.fields;
    }
  }
  return total;
}

// One validation rule for depth, aliases and size, run before any resolver: a hostile query is
// refused as a whole instead of being half executed.
export function queryLimitsRule(limits: QueryLimits = defaultQueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) {
          continue;
        }
        const m = measure(definition.selectionSet, fragments, 1, new Set());
        const problems = [
          m.depth > limits.maxDepth &&
            `is nested ${m.depth} levels deep (limit ${limits.maxDepth})`,
          m.aliases > limits.maxAliases && `uses ${m.aliases} aliases (limit ${limits.maxAliases})`,
          m.fields > limits.maxFields && `selects ${m.fields} fields (limit ${limits.maxFields})`,
        ].filter((p): p is string => typeof p === 'string');
        for (const problem of problems) {
          context.reportError(
            new GraphQLError(`The operation ${problem}`, {
              nodes: [definition],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      }
      return false;
    },
  });
}
