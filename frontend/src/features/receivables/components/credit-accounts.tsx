import { Badge, Button, Card, Checkbox, Group, NumberInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@/components/format';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { CreditAccount } from '@/lib/api-types';
import { useCreditAccounts, useOpenAccount, useUpdateAccount } from '../api/receivables';

type PickerProps = { value: string | null; onChange: (id: string | null) => void };

/** R-DEL-3: the credit accounts with limit, terms, outstanding and available credit; the service manager opens and changes them. */
export function CreditAccounts({ store, canManage, renderCustomerPicker }: { store: string; canManage: boolean; renderCustomerPicker: (p: PickerProps) => ReactNode }) {
  const { t } = useTranslation();
  const accounts = useCreditAccounts(store);
  const [opening, setOpening] = useState(false);
  if (accounts.isPending) return <LoadingState />;
  if (accounts.error) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  return (
    <Stack gap="sm" component="section" aria-labelledby="recv-accounts">
      <Group justify="space-between">
        <Title order={2} fz={20} id="recv-accounts">
          {t('recv.accounts')}
        </Title>
        {canManage && !opening && (
          <Button size="md" h={44} onClick={() => setOpening(true)} data-testid="account-open">
            {t('recv.openAccount')}
          </Button>
        )}
      </Group>
      {opening && <OpenAccountForm store={store} renderCustomerPicker={renderCustomerPicker} onDone={() => setOpening(false)} />}
      {accounts.data.length === 0 ? (
        <EmptyState title={t('recv.accountsEmpty')} />
      ) : (
        accounts.data.map((a) => <AccountCard key={a.id} store={store} account={a} canManage={canManage} />)
      )}
    </Stack>
  );
}

function AccountCard({ store, account: a, canManage }: { store: string; account: CreditAccount; canManage: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder padding="md" data-testid="credit-account">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{a.name}</Text>
            <Badge color={a.active ? 'blue' : 'gray'}>{t(`recv.kind.${a.kind}`)}</Badge>
            {!a.active && <Badge color="gray">{t('recv.closed')}</Badge>}
          </Group>
          <Text c="dark.6" className="tabular">
            {t('recv.limitTerms', { limit: formatMoney(a.creditLimit), days: a.paymentTermsDays })}
          </Text>
        </Stack>
        <Group>
          <Text className="tabular">{t('recv.outstanding', { amount: formatMoney(a.outstanding) })}</Text>
          <Text fw={700} className="tabular" data-testid="account-available">
            {t('recv.available', { amount: formatMoney(a.available) })}
          </Text>
          <Button component={Link} to={`/receivables/accounts/${a.id}/statement`} variant="light" size="md" h={44}>
            {t('recv.statement')}
          </Button>
          {canManage && (
            <Button size="md" h={44} variant="light" onClick={() => setEditing(!editing)} data-testid="account-edit">
              {t('recv.settings')}
            </Button>
          )}
        </Group>
      </Group>
      {editing && <AccountSettings store={store} account={a} onDone={() => setEditing(false)} />}
    </Card>
  );
}

function AccountSettings({ store, account, onDone }: { store: string; account: CreditAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateAccount(store);
  const [limit, setLimit] = useState<number | string>(account.creditLimit);
  const [days, setDays] = useState<number | string>(account.paymentTermsDays);
  const [active, setActive] = useState(account.active);
  return (
    <Stack gap="sm" mt="sm" data-testid="account-settings">
      <Group grow align="flex-start">
        <NumberInput label={t('recv.creditLimit')} value={limit} onChange={setLimit} decimalScale={2} min={0} size="md" data-testid="account-limit" />
        <NumberInput label={t('recv.termsDays')} value={days} onChange={setDays} min={0} max={365} allowDecimal={false} size="md" />
      </Group>
      <Checkbox label={t('recv.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} size="md" />
      <ProblemAlert error={update.error} />
      <Group>
        <Button
          size="md"
          h={44}
          loading={update.isPending}
          onClick={() => update.mutate({ account, body: { creditLimit: Number(limit), paymentTermsDays: Number(days), active, name: null } }, { onSuccess: onDone })}
          data-testid="account-save"
        >
          {t('common.save')}
        </Button>
        <Button size="md" h={44} variant="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function OpenAccountForm({ store, renderCustomerPicker, onDone }: { store: string; renderCustomerPicker: (p: PickerProps) => ReactNode; onDone: () => void }) {
  const { t } = useTranslation();
  const open = useOpenAccount(store);
  const [kind, setKind] = useState<'FLEET' | 'INSURER'>('FLEET');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [limit, setLimit] = useState<number | string>(10000);
  const [days, setDays] = useState<number | string>(30);
  const ready = kind === 'FLEET' ? customerId !== null : name.trim() !== '';
  return (
    <Card withBorder padding="md" data-testid="account-open-form">
      <Stack gap="sm">
        <SegmentedControl value={kind} onChange={(v) => setKind(v as 'FLEET' | 'INSURER')} data={(['FLEET', 'INSURER'] as const).map((k) => ({ value: k, label: t(`recv.kind.${k}`) }))} size="md" />
        {kind === 'FLEET' && <Text c="dark.6">{t('recv.fleetOnly')}</Text>}
        {kind === 'FLEET' && renderCustomerPicker({ value: customerId, onChange: setCustomerId })}
        <TextInput label={kind === 'FLEET' ? t('recv.nameOptional') : t('recv.insurerName')} value={name} onChange={(e) => setName(e.currentTarget.value)} size="md" />
        <Group grow align="flex-start">
          <NumberInput label={t('recv.creditLimit')} value={limit} onChange={setLimit} decimalScale={2} min={0} size="md" />
          <NumberInput label={t('recv.termsDays')} value={days} onChange={setDays} min={0} max={365} allowDecimal={false} size="md" />
        </Group>
        <ProblemAlert error={open.error} />
        <Group>
          <Button
            size="md"
            h={44}
            disabled={!ready}
            loading={open.isPending}
            onClick={() =>
              open.mutate(
                { kind, customerId: kind === 'FLEET' ? customerId : null, name: name.trim() || null, creditLimit: Number(limit), paymentTermsDays: Number(days) },
                { onSuccess: onDone },
              )
            }
            data-testid="account-open-submit"
          >
            {t('recv.openAccount')}
          </Button>
          <Button size="md" h={44} variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
