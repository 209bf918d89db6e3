import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/components/format';
import type { AccountStatement } from '@/lib/api-types';

/** 对账单: a customer statement on A4 (R-DEL-3): the store, the account, the period, opening balance, invoices, payments, corrections, closing balance. */
export function AccountStatementSheet({ statement: s, store, zone }: { statement: AccountStatement; store: { name: string }; zone: string }) {
  const { t } = useTranslation();
  return (
    <article className="settle-print-sheet settle-print" data-testid="account-statement">
      <header className="settle-print-head">
        <div>
          <p className="settle-print-store">{store.name}</p>
          <h1>{t('recv.statementTitle')}</h1>
        </div>
        <dl>
          <dt>{t('recv.account')}</dt>
          <dd>{s.account.name}</dd>
          <dt>{t('recv.period')}</dt>
          <dd>
            {formatDate(s.from, zone)} – {formatDate(s.to, zone)}
          </dd>
          <dt>{t('recv.terms')}</dt>
          <dd>{t('recv.termsShort', { days: s.account.paymentTermsDays })}</dd>
        </dl>
      </header>
      <table className="settle-print-lines">
        <thead>
          <tr>
            <th>{t('recv.date')}</th>
            <th>{t('recv.entry')}</th>
            <th>{t('recv.document')}</th>
            <th>{t('recv.description')}</th>
            <th className="num">{t('recv.debit')}</th>
            <th className="num">{t('recv.credit')}</th>
            <th className="num">{t('recv.balance')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="settle-difference">
            <td>{formatDate(s.from, zone)}</td>
            <td colSpan={5}>{t('recv.openingBalance')}</td>
            <td className="num" data-testid="statement-opening">
              {formatMoney(s.openingBalance)}
            </td>
          </tr>
          {s.lines.length === 0 ? (
            <tr>
              <td colSpan={7}>{t('recv.statementEmpty')}</td>
            </tr>
          ) : (
            s.lines.map((l, i) => (
              <tr key={i} data-testid="statement-line">
                <td>{formatDate(l.date, zone)}</td>
                <td>{t(`recv.lineKind.${l.kind as 'INVOICE'}`, { defaultValue: l.kind })}</td>
                <td>{l.documentNumber}</td>
                <td>{l.description ?? ''}</td>
                <td className="num">{l.debit ? formatMoney(l.debit) : ''}</td>
                <td className="num">{l.credit ? formatMoney(l.credit) : ''}</td>
                <td className="num">{formatMoney(l.balance)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <table className="settle-print-totals">
        <tbody>
          <tr>
            <td>{t('recv.invoiced')}</td>
            <td className="num">{formatMoney(s.invoiced)}</td>
          </tr>
          <tr>
            <td>{t('recv.paid')}</td>
            <td className="num">{formatMoney(s.paid)}</td>
          </tr>
          <tr>
            <td>{t('recv.corrected')}</td>
            <td className="num">{formatMoney(s.corrected)}</td>
          </tr>
          <tr className="strong">
            <td>{t('recv.closingBalance')}</td>
            <td className="num" data-testid="statement-closing">
              {formatMoney(s.closingBalance)}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="settle-print-signatures">
        <p>{t('recv.storeSignature')}</p>
        <p>{t('recv.customerSignature')}</p>
      </div>
    </article>
  );
}
