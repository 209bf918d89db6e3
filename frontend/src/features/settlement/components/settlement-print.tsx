import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney } from '@/components/format';
import type { Settlement } from '@/lib/api-types';

export type PrintStore = { name: string; address?: string | null; phone?: string | null };

/** 结算清单 on A4: the statement with its differences and the authorization history; and, once paid, the release note (出厂通知单). */
export function SettlementPrint({ bill, store, advisor, zone }: { bill: Settlement; store: PrintStore; advisor: string | null; zone: string }) {
  const { t } = useTranslation();
  const m = (v: number) => formatMoney(v, bill.currency);
  return (
    <div className="settle-print">
      <article className="settle-print-sheet" data-testid="print-statement">
        <header className="settle-print-head">
          <div>
            <p className="settle-print-store">{store.name}</p>
            {store.address && <p>{store.address}</p>}
            {store.phone && <p>{store.phone}</p>}
            <h1>{t('settle.printStatementTitle')}</h1>
          </div>
          <dl>
            <dt>{t('settle.printNumber')}</dt>
            <dd>{bill.number ?? t('settle.notNumbered')}</dd>
            <dt>{t('settle.printOrder')}</dt>
            <dd>{bill.orderNumber}</dd>
            <dt>{t('settle.printPlate')}</dt>
            <dd>{bill.plate ?? ''}</dd>
            <dt>{t('settle.printAdvisor')}</dt>
            <dd>{advisor ?? ''}</dd>
          </dl>
        </header>
        {bill.status === 'VOID' && <p className="settle-print-void">{t('settle.status.VOID')} — {bill.voidReason}</p>}
        <table className="settle-print-lines">
          <thead>
            <tr>
              <th>{t('settle.kind')}</th>
              <th>{t('settle.description')}</th>
              <th>{t('settle.payType')}</th>
              <th className="num">{t('settle.quantity')}</th>
              <th className="num">{t('settle.unitPrice')}</th>
              <th className="num">{t('settle.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {bill.lines.map((l) => (
              <tr key={l.id} className={l.source !== 'ESTIMATE' ? 'settle-difference' : undefined}>
                <td>{t(`settle.lineKind.${l.kind}`)}</td>
                <td>
                  {l.description}
                  {l.source !== 'ESTIMATE' ? ` (${t(`settle.source.${l.source}`)})` : ''}
                </td>
                <td>{t(`settle.pay.${l.payType}`)}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{m(l.unitPrice)}</td>
                <td className="num">{m(l.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="settle-print-totals">
          <tbody>
            <tr><td>{t('settle.totals.labour')}</td><td className="num">{m(bill.totals.labour)}</td></tr>
            <tr><td>{t('settle.totals.materials')}</td><td className="num">{m(bill.totals.materials)}</td></tr>
            <tr><td>{t('settle.totals.discounts')}</td><td className="num">{m(bill.totals.discounts)}</td></tr>
            <tr><td>{bill.pricesIncludeVat ? t('settle.totals.vatIncluded', { rate: bill.taxRatePercent }) : t('settle.totals.vatAdded', { rate: bill.taxRatePercent })}</td><td className="num">{m(bill.totals.vat)}</td></tr>
            <tr className="strong"><td>{t('settle.totals.payable')}</td><td className="num" data-testid="print-payable">{m(bill.totals.customerPayable)}</td></tr>
            <tr><td>{t('settle.totals.paid')}</td><td className="num">{m(bill.totals.paid)}</td></tr>
          </tbody>
        </table>
        {bill.differences.length > 0 && (
          <section>
            <h2>{t('settle.differences', { signed: m(bill.signedTotal) })}</h2>
            <ul>
              {bill.differences.map((d, i) => (
                <li key={`${d.kind}-${i}`}>
                  {d.description} {m(d.amount)} — {d.reason}
                </li>
              ))}
            </ul>
          </section>
        )}
        {bill.authorizationHistory.length > 0 && (
          <section>
            <h2>{t('settle.authorizationHistory')}</h2>
            <ul>
              {bill.authorizationHistory.map((e) => (
                <li key={e.id}>
                  {formatDateTime(e.decidedAt, zone)} · {e.authorizerName} · {e.channel} · {m(e.authorizedTotalBefore)} → {m(e.authorizedTotalAfter)}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="settle-print-signatures">
          <p>{t('settle.printCashier')}</p>
          <p>{t('settle.printCustomer')}</p>
        </div>
      </article>
      {bill.releaseNoteAt && (
        <article className="settle-print-sheet settle-print-break" data-testid="print-release-note">
          <header className="settle-print-head">
            <div>
              <p className="settle-print-store">{store.name}</p>
              <h1>{t('settle.printReleaseTitle')}</h1>
            </div>
            <dl>
              <dt>{t('settle.printNumber')}</dt>
              <dd>{bill.number}</dd>
              <dt>{t('settle.printOrder')}</dt>
              <dd>{bill.orderNumber}</dd>
              <dt>{t('settle.printPlate')}</dt>
              <dd>{bill.plate ?? ''}</dd>
              <dt>{t('settle.printReleasedAt')}</dt>
              <dd>{formatDate(bill.releaseNoteAt, zone)}</dd>
            </dl>
          </header>
          <p>{t('settle.printReleaseBody', { amount: m(bill.totals.paid) })}</p>
          <ul>
            <li>{t('settle.printReturned.order')}</li>
            <li>{t('settle.printReturned.invoice', { number: bill.fapiao.number ?? '—' })}</li>
            <li>{t('settle.printReturned.warranty')}</li>
            <li>{t('settle.printReturned.documents')}</li>
            <li>{t('settle.printReturned.key')}</li>
          </ul>
          <div className="settle-print-signatures">
            <p>{t('settle.printCashier')}</p>
            <p>{t('settle.printCustomer')}</p>
          </div>
        </article>
      )}
    </div>
  );
}
