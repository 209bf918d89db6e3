import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { useCreateCustomer } from '@/features/customers/api/create-customer';
import { CustomerForm } from '@/features/customers/components/customer-form';
import { emptyCustomerForm, type CustomerFormValues } from '@/features/customers/utils/customer-form-values';
import { useCurrentStore } from '@/lib/current-store';
import { useIdempotencyKey } from '@/lib/idempotency';

/** A search that found nothing hands over what was typed: a phone number or a name. */
function prefilled(prefill: string | null): CustomerFormValues {
  const values = emptyCustomerForm();
  const p = prefill?.trim() ?? '';
  if (/^[\d\s-]{3,}$/.test(p)) values.phones = [p.replace(/\s+/g, '')];
  else if (p && !/^[A-Z0-9]{5,}$/i.test(p)) values.name = p;
  return values;
}

function NewCustomer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { store } = useCurrentStore();
  const create = useCreateCustomer(store.code);
  const idempotency = useIdempotencyKey();
  return (
    <>
      <PageHeader title={t('customer.newTitle')} backTo="/" />
      <CustomerForm
        initialValues={prefilled(params.get('prefill'))}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(-1)}
        onSubmit={async (body) => {
          const created = await create.mutateAsync({ body, idempotencyKey: idempotency.keyFor(body) });
          idempotency.reset();
          notifications.show({ color: 'green', message: t('customer.created') });
          await navigate(`/customers/${created.customer.id}`, { replace: true });
        }}
      />
    </>
  );
}

export function NewCustomerRoute() {
  return (
    <RequirePermission permission="archive.write">
      <NewCustomer />
    </RequirePermission>
  );
}
