import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useCustomer } from '@/features/customers/api/get-customer';
import { useUpdateCustomer } from '@/features/customers/api/update-customer';
import { CustomerForm } from '@/features/customers/components/customer-form';
import { customerToForm } from '@/features/customers/utils/customer-form-values';
import { useCurrentStore } from '@/lib/current-store';
import { requireEtag, useConflict } from '@/lib/use-conflict';

function EditCustomer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { customerId = '' } = useParams();
  const { store } = useCurrentStore();
  const { data, error, isPending, refetch, isRefetching } = useCustomer(store.code, customerId);
  const update = useUpdateCustomer(store.code, customerId);
  const conflict = useConflict();

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const detail = `/customers/${customerId}`;
  return (
    <>
      <PageHeader title={t('customer.editTitle')} backTo={detail} />
      <CustomerForm
        // A reload after a conflict starts the form again from the server's version.
        key={`${data.etag}:${data.customer.version}:${conflict.generation}`}
        initialValues={customerToForm(data.customer)}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(detail)}
        notice={conflict.active && <ConflictNotice error={conflict.error} reloading={isRefetching} onReload={() => void refetch().then(conflict.clear)} />}
        onSubmit={(body) =>
          conflict.guard(async () => {
            await update.mutateAsync({ body, etag: requireEtag(data.etag) });
            notifications.show({ color: 'green', message: t('customer.saved') });
            await navigate(detail, { replace: true });
          })
        }
      />
    </>
  );
}

export function EditCustomerRoute() {
  return (
    <RequirePermission permission="archive.write">
      <EditCustomer />
    </RequirePermission>
  );
}
