import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime, formatMoney } from '@/components/format';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import type { Settlement } from '@/lib/api-types';
import { useCan } from '@/lib/authorization';
import { todayIn } from '@/lib/zoned-time';
import { useOpenWarrantyClaim } from '../api/warranty-claims';
import { useDecideDiscount, useFinalise, useOverride, useReleaseNote, useSettlement, useVoid } from '../api/settlement';
import { DeliveryChecklist } from './delivery-checklist';
import { DiscountForm } from './discount-form';
import { FapiaoForm } from './fapiao-form';
import { PaymentForm } from './payment-form';
import { ReasonAction } from './reason-action';
import { StatementLines, StatementTotals } from './statement-lines';

/** One bill: the statement with its differences and gate, then the step its state allows (discount, finalise, pay, release note, deliver). */
export function SettlementBill({ store, id, zone }: { store: string; id: string; zone: string }) {
  const bill = useSettlement(store, id);
  if (bill.isPending) return <LoadingState />;
  if (bill.error) return <ErrorState error={bill.error} onRetry={() => void bill.refetch()} />;
  return <BillView store={store} bill={bill.data} zone={zone} />;
}

export function BillView({ store, bill, zone }: { store: string; bill: Settlement; zone: string }) {
  const { t } = useTranslation();
  const canBill = useCan('settlement.bill');
  const canManage = useCan('settlement.manage');
  const canDeliver = useCan('settlement.deliver');
  const canDiscount = useCan('settlement.discount');
  const finalise = useFinalise(store);
  const release = useReleaseNote(store);
  const override = useOverride(store);
  const voidBill = useVoid(store);
  const decide = useDecideDiscount(store);
  const actions = bill.availableActions;
  const pending = bill.discounts.filter((d) => d.status === 'PENDING');
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} fz={22}>
            {bill.plate ?? ''} {bill.orderNumber}
          </Title>
          <Text c="dark.6">
            {bill.number ? t('settle.numbered', { number: bill.number }) : t('settle.notNumbered')} · {bill.pricesIncludeVat ? t('settle.vatIncluded') : t('settle.vatExcluded')}
          </Text>
        </Stack>
        <Group>
          <Badge size="xl" color={bill.status === 'VOID' ? 'gray' : bill.status === 'PAID' ? 'green' : 'blue'} data-testid="bill-status">
            {t(`settle.status.${bill.status}`)}
          </Badge>
          <Button component={Link} to={`/settlement/${bill.id}/print`} variant="default" size="md" h={44} data-testid="bill-print">
            {t('settle.print')}
          </Button>
        </Group>
      </Group>
      {bill.status === 'VOID' && (
        <Alert color="gray" title={t('settle.voided')}>
          {bill.voidReason} · {bill.voidedBy} · {formatDateTime(bill.voidedAt, zone)}
        </Alert>
      )}
      {bill.gate.blocked && (
        <Alert color="red" title={t('settle.gateBlocked')} data-testid="gate-blocked">
          {t('settle.gateDetail', {
            total: formatMoney(bill.gate.comparableTotal, bill.currency),
            authorized: formatMoney(bill.gate.authorizedTotal, bill.currency),
            tolerance: formatMoney(bill.gate.tolerance, bill.currency),
            over: formatMoney(bill.gate.exceededBy, bill.currency),
          })}
        </Alert>
      )}
      {bill.gate.overrideBy && (
        <Alert color="yellow" title={t('settle.overridden')}>
          {bill.gate.overrideReason} · {bill.gate.overrideBy} · {formatDateTime(bill.gate.overrideAt, zone)}
        </Alert>
      )}
      <Card withBorder padding="md" component="section" aria-labelledby="bill-differences">
        <Title order={3} fz={18} id="bill-differences">
          {t('settle.differences', { signed: formatMoney(bill.signedTotal, bill.currency) })}
        </Title>
        {bill.differences.length === 0 ? (
          <Text c="dark.6">{t('settle.noDifferences')}</Text>
        ) : (
          <List data-testid="differences">
            {bill.differences.map((d, i) => (
              <List.Item key={`${d.kind}-${d.lineId ?? i}`} className="settle-difference">
                <Text span fw={700}>
                  {t(`settle.differenceKind.${d.kind}` as 'settle.differenceKind.ADJUSTMENT', { defaultValue: d.kind })}
                </Text>{' '}
                {d.description} <Text span className="tabular">{formatMoney(d.amount, bill.currency)}</Text> — {d.reason}
                {d.by ? ` · ${d.by}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <StatementLines bill={bill} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <StatementTotals bill={bill} />
        <Stack gap="xs">
          {bill.discounts.length > 0 && (
            <Card withBorder padding="sm" data-testid="discounts">
              <Text fw={700}>{t('settle.discounts')}</Text>
              {bill.discounts.map((d) => (
                <Text key={d.id}>
                  {formatMoney(d.amount, bill.currency)} · {d.reason} · {t(`settle.discountStatus.${d.status}`)} · {d.requestedBy}
                  {d.decisionReason ? ` · ${d.decidedBy ?? ''}: ${d.decisionReason}` : ''}
                </Text>
              ))}
            </Card>
          )}
          {bill.payments.length > 0 && (
            <Card withBorder padding="sm" data-testid="payments">
              <Text fw={700}>{t('settle.payments')}</Text>
              {bill.payments.map((p) => (
                <Text key={p.id} className="tabular">
                  {t(`settle.paymentKind.${p.kind}`)} · {t(`settle.tender.${p.tender}`)} · {formatMoney(p.amount, bill.currency)}
                  {p.change ? ` · ${t('settle.change', { amount: formatMoney(p.change, bill.currency) })}` : ''} · {formatDateTime(p.recordedAt, zone)}
                </Text>
              ))}
            </Card>
          )}
        </Stack>
      </SimpleGrid>

      {actions.includes('discount') && canDiscount && <DiscountForm store={store} bill={bill} />}
      {canManage && pending.map((d) => (
        <Card key={d.id} withBorder padding="sm" data-testid="pending-discount">
          <Text fw={700}>
            {t('settle.pendingDiscount', { amount: formatMoney(d.amount, bill.currency), by: d.requestedBy })} — {d.reason}
          </Text>
          <ReasonAction
            label={t('settle.approve')}
            reasonLabel={t('settle.reason')}
            testId={`approve-${d.id}`}
            pending={decide.isPending}
            error={decide.error}
            onSubmit={(reason, done) => decide.mutate({ bill, discountId: d.id, approve: true, reason }, { onSuccess: done })}
          />
          <ReasonAction
            label={t('settle.refuse')}
            reasonLabel={t('settle.reason')}
            color="red"
            testId={`refuse-${d.id}`}
            pending={decide.isPending}
            error={null}
            onSubmit={(reason, done) => decide.mutate({ bill, discountId: d.id, approve: false, reason }, { onSuccess: done })}
          />
        </Card>
      ))}
      {canManage && bill.gate.blocked && bill.gate.exceededBy > 0 && (
        <ReasonAction
          label={t('settle.override')}
          reasonLabel={t('settle.overrideReason')}
          testId="override"
          color="orange"
          pending={override.isPending}
          error={override.error}
          onSubmit={(reason, done) => override.mutate({ bill, reason }, { onSuccess: done })}
        />
      )}
      {actions.includes('finalise') && canBill && (
        <Group>
          {finalise.error && <ProblemAlert error={finalise.error} />}
          <Button size="lg" h={48} onClick={() => finalise.mutate(bill)} loading={finalise.isPending} disabled={bill.gate.blocked || pending.length > 0} data-testid="finalise">
            {t('settle.finalise')}
          </Button>
        </Group>
      )}
      {actions.includes('pay') && canBill && <PaymentForm store={store} bill={bill} />}
      {actions.includes('release-note') && canBill && (
        <Group>
          {release.error && <ProblemAlert error={release.error} />}
          <Button size="lg" h={48} color="green" onClick={() => release.mutate(bill)} loading={release.isPending} data-testid="release-note">
            {t('settle.issueReleaseNote')}
          </Button>
        </Group>
      )}
      {(actions.includes('fapiao') || actions.includes('red-letter')) && canBill && <FapiaoForm store={store} bill={bill} today={todayIn(zone)} />}
      {actions.includes('void') && canManage && (
        <ReasonAction
          label={t('settle.void')}
          reasonLabel={t('settle.voidReason')}
          testId="void"
          color="red"
          pending={voidBill.isPending}
          error={voidBill.error}
          onSubmit={(reason, done) => voidBill.mutate({ bill, reason }, { onSuccess: done })}
        />
      )}
      {canBill && (bill.status === 'FINALISED' || bill.status === 'PAID') && bill.lines.some((l) => l.payType === 'WARRANTY') && <OpenClaim store={store} bill={bill} />}
      {actions.includes('deliver') && canDeliver && <DeliveryChecklist store={store} bill={bill} />}
      {bill.delivery && (
        <Alert color="green" title={t('settle.delivered')} data-testid="delivered">
          {bill.delivery.signerName} · {bill.delivery.deliveredBy} · {formatDateTime(bill.delivery.deliveredAt, zone)}
        </Alert>
      )}
    </Stack>
  );
}

/** R-CHK-7: the bill's warranty lines go to a claim; the customer part is settled meanwhile. */
function OpenClaim({ store, bill }: { store: string; bill: Settlement }) {
  const { t } = useTranslation();
  const open = useOpenWarrantyClaim(store);
  const navigate = useNavigate();
  return (
    <Group>
      {open.error && <ProblemAlert error={open.error} />}
      <Button size="lg" h={48} variant="light" onClick={() => open.mutate(bill.id, { onSuccess: () => void navigate('/warranty-claims') })} loading={open.isPending} data-testid="open-warranty-claim">
        {t('warranty.openClaim')}
      </Button>
    </Group>
  );
}
