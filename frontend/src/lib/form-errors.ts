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

/**
 * Puts the server's violations (the authority) on the form fields they name. A violation
 * on an element that is not on screen ("phones[3]") goes on its list ("phones"); the rest
 * is returned for display above the form.
 */
export function applyServerErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>, error: unknown): Violation[] {
  if (!isApiError(error) || error.violations.length === 0) return [];
  const values = form.getValues();
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const v of error.violations) {
    const path = violationPathToFormPath(v.field);
    const top = path.split('.')[0] ?? '';
    const target = path && resolve(values, path) ? path : top && top in values ? top : null;
    if (target) errors[target] = errors[target] ? `${errors[target]}；${v.message}` : v.message;
    else unmatched.push(v);
  }
  form.setErrors(errors);
  const first = Object.keys(errors)[0];
  if (first) queueMicrotask(() => form.getInputNode(first)?.focus());
  return unmatched;
}
