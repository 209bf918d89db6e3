import type { TFunction } from 'i18next';
import type { RepairOrder } from '@/lib/api-types';

/** R-CHK-10: the receiver as people read it: the technician's name, or "车间主管派工队列". */
export function receiverName(handover: NonNullable<RepairOrder['handover']>, t: TFunction): string {
  return handover.receiverKind === 'FOREMAN_QUEUE' ? t('signing.foremanQueue') : handover.receiver;
}
