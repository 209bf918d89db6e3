import type { OldPartsChoice } from '@/lib/api-types';

/** R-REP-5 (旧件处理): the answers the customer may give at signing, in the order they are offered. */
export const OLD_PARTS_CHOICES: readonly OldPartsChoice[] = ['TAKE_HOME', 'LEAVE_WITH_WORKSHOP'];

/** The order's recorded choice (the spec types a nullable enum loosely), or null when none was given. */
export function oldPartsChoiceOf(order: { oldPartsChoice?: string | null }): OldPartsChoice | null {
  const v = order.oldPartsChoice;
  return OLD_PARTS_CHOICES.find((c) => c === v) ?? null;
}
