// The day a request's statuses are computed for. One "as of" per root field: a status field's own
// `asOf` wins; otherwise the day its root field names (an `asOf` argument, or `filter.asOf` on a
// list), so that a list filtered on a day never shows statuses of another day below it; else
// today. Both the status resolvers and the lookahead planner read the day here, so the status
// fetched ahead and the status resolved later agree.
import {
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { today } from '../db/status.js';
import { isDay } from '../day.js';

/** Root fields of an operation by response key (alias or name), through fragments. */
const rootFields = new WeakMap<OperationDefinitionNode, Map<string, FieldNode>>();

function rootFieldsOf(info: GraphQLResolveInfo): Map<string, FieldNode> {
  let found = rootFields.get(info.operation);
  if (found) return found;
  found = new Map();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        if (!found!.has(key)) found!.set(key, s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = info.fragments[s.name.value];
        if (f) visit(f.selectionSet);
      }
    }
  };
  visit(info.operation.selectionSet);
  rootFields.set(info.operation, found);
  return found;
}

/** A literal or variable value as a plain JS value (variables are already coerced). */
function valueOf(v: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!v) return undefined;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.STRING) return v.value;
  if (v.kind === Kind.OBJECT)
    return Object.fromEntries(v.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  return undefined;
}

/** The day a root field names: its `asOf` argument, else its `filter.asOf`; undefined when none or not a valid day. */
export function dayNamedBy(
  field: FieldNode,
  variables: Record<string, unknown>,
  name: 'asOf' | 'knownAsOf' = 'asOf',
): string | undefined {
  const arg = (n: string) => valueOf(field.arguments?.find((a) => a.name.value === n)?.value, variables);
  const filter = arg('filter');
  const day =
    arg(name) ?? (filter && typeof filter === 'object' ? (filter as Record<string, unknown>)[name] : undefined);
  // A day the root resolver will refuse is its error to report; here it names nothing.
  return typeof day === 'string' && isDay(day) ? day : undefined;
}

/**
 * The default day of knowledge of every status below the field being resolved (the root field's
 * `filter.knownAsOf`); undefined: as the graph stands.
 */
export function requestKnownAsOf(info: GraphQLResolveInfo): string | undefined {
  let p = info.path;
  while (p.prev) p = p.prev;
  const root = rootFieldsOf(info).get(String(p.key));
  return root && dayNamedBy(root, info.variableValues, 'knownAsOf');
}

/** The default day of every status below the field being resolved. */
export function requestDay(info: GraphQLResolveInfo): string {
  let p = info.path;
  while (p.prev) p = p.prev;
  const root = rootFieldsOf(info).get(String(p.key));
  return (root && dayNamedBy(root, info.variableValues)) ?? today();
}
