import type { UseFormReturnType } from '@mantine/form';
import { isApiError, violationPathToFormPath, type Violation } from './problem';

function resolve(values: unknown, path: string): boolean {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as object))) return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return true;
}

/** The field the path names, else its nearest enclosing value the form holds ("lines.2.kind" → "lines.2" → "lines"), else null. */
function nearest(values: unknown, path: string): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (resolve(values, candidate)) return candidate;
  }
  return null;
}

/**
 * Puts the server's violations (the authority) on the form fields they name. A violation on a
 * field the form does not hold goes on the nearest row or list that holds it ("lines[2].x" on
 * row 2, "phones[3]" on "phones" when there are three phones); the rest is returned for display
 * above the form.
 */
export function applyServerErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>, error: unknown): Violation[] {
  if (!isApiError(error) || error.violations.length === 0) return [];
  const values = form.getValues();
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const v of error.violations) {
    const path = violationPathToFormPath(v.field);
    const target = path ? nearest(values, path) : null;
    if (target) errors[target] = errors[target] ? `${errors[target]}；${v.message}` : v.message;
    else unmatched.push(v);
  }
  form.setErrors(errors);
  const first = Object.keys(errors)[0];
  if (first) queueMicrotask(() => form.getInputNode(first)?.focus());
  return unmatched;
}
