import { useTranslation } from 'react-i18next';
import { FieldList } from '@/components/field-list';
import { formatDateTime } from '@/components/format';
import type { Customer } from '@/lib/api-types';
import { useStoreZone } from '@/lib/store-zone';

export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  return (
    <FieldList
      fields={[
        { label: t('customer.type'), value: t(`customer.types.${customer.type}`) },
        ...(customer.type === 'COMPANY' ? [{ label: t('customer.companyName'), value: customer.companyName }] : []),
        { label: t('customer.phones'), value: <span className="tabular">{customer.phones.join('\n')}</span> },
        { label: t('customer.preferredContact'), value: t(`customer.contacts.${customer.preferredContact}`) },
        { label: t('customer.email'), value: customer.email },
        { label: t('customer.clubMember'), value: customer.clubMember ? t('common.yes') : t('common.no') },
        { label: t('customer.address'), value: customer.address, span: 'full' },
        { label: t('customer.serviceWishes'), value: customer.serviceWishes, span: 'full' },
        { label: t('customer.notes'), value: customer.notes, span: 'full' },
        { label: t('customer.createdAt'), value: formatDateTime(customer.createdAt, zone) },
        { label: t('customer.updatedAt'), value: formatDateTime(customer.updatedAt, zone) },
      ]}
    />
  );
}
