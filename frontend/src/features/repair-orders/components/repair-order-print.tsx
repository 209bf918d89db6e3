import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/components/format';
import type { Customer, RepairOrder, Vehicle } from '@/lib/api-types';
import { oldPartsChoiceOf } from '../utils/old-parts';
import { receiverName } from '../utils/receiver-name';
import { useLineDetail } from './estimate-summary';
import { useStoreZone } from '@/lib/store-zone';

/**
 * The printed repair order (进厂维修单). Disclaimers are printed beside their line and again in
 * the notes, as R-CHK-5/6 require (no quality warranty for customer-supplied parts and for
 * aftermarket parts on critical systems; cost after disassembly).
 */
export function RepairOrderPrint({
  order,
  customer,
  vehicle,
  storeName,
  storeInfo,
  advisorName,
  inspection,
  signatureImage,
}: {
  order: RepairOrder;
  customer: Customer | null;
  vehicle: Vehicle | null;
  storeName: string;
  /** Issue 14: the store's address, phone and terms and the quality-warranty terms (store settings). */
  storeInfo?: { address?: string | null; phone?: string | null; orderTerms?: string | null; warrantyTerms?: string | null } | undefined;
  /** The order's service advisor (服务顾问), by name. */
  advisorName?: string | null | undefined;
  /** The walk-around summary, when there is an inspection (composed by the screen). */
  inspection?: ReactNode;
  /** The customer's drawn signature (composed by the screen); the name and time are printed with it. */
  signatureImage?: ReactNode;
}) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const detail = useLineDetail();
  const money = (v: number) => formatMoney(v, order.currency);
  const marked = new Set(order.disclaimers.map((d) => d.lineId));
  // R-CHK-9: a declined car leaves with a release note (only the diagnosis/estimate fees are payable, R-CHK-3).
  const releaseNote = order.status === 'DECLINED' || order.releasedAt != null;
  const oldParts = oldPartsChoiceOf(order);
  return (
    <article className="ro-print" data-testid="ro-print">
      <header className="ro-print-head">
        <div>
          <div className="ro-print-store" data-testid="print-store">
            {storeName}
          </div>
          {(storeInfo?.address || storeInfo?.phone) && (
            <div className="ro-print-store-contact" data-testid="print-store-contact">
              {[storeInfo.address, storeInfo.phone ? `${t('ro.printPhone')} ${storeInfo.phone}` : null].filter(Boolean).join(' · ')}
            </div>
          )}
          <h1 data-testid="print-title">{releaseNote ? t('orders.releaseNote') : t('ro.printTitle')}</h1>
          {releaseNote && <p data-testid="print-release-reason">{`${t('repairOrder.statuses.DECLINED')}：${order.declineReason ?? ''}`}</p>}
        </div>
        <dl>
          <dt>{t('ro.number')}</dt>
          <dd data-testid="print-number">{order.number}</dd>
          <dt>{t('ro.status')}</dt>
          <dd>{t(`repairOrder.statuses.${order.status}`)}</dd>
          <dt>{t('ro.createdAt')}</dt>
          <dd>{formatDateTime(order.createdAt, zone)}</dd>
          <dt>{t('ro.advisor')}</dt>
          <dd data-testid="print-advisor">{advisorName || t('common.none')}</dd>
        </dl>
      </header>
      <section className="ro-print-grid">
        <div>
          <h2>{t('repairOrder.customer')}</h2>
          <p>
            {customer?.name ?? vehicle?.owner.name}
            <br />
            {customer?.phones.join(' / ') ?? vehicle?.owner.primaryPhone}
          </p>
        </div>
        <div>
          <h2>{t('repairOrder.vehicle')}</h2>
          <p>
            <strong>{vehicle?.plate}</strong> {vehicle?.brand} {vehicle?.model}
            <br />
            VIN {vehicle?.vin}
          </p>
        </div>
        <div className="span-2">
          <h2>{t('checkIn.requestedWork')}</h2>
          <p>{order.requestedWork}</p>
        </div>
      </section>
      {inspection}
      <table className="ro-print-lines">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('ro.line')}</th>
            <th>{t('ro.payType')}</th>
            <th className="num">{t('ro.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l, i) => (
            <tr key={l.id} className={l.declined ? 'ro-print-declined' : undefined} data-testid={l.declined ? 'print-declined-line' : undefined}>
              <td>{i + 1}</td>
              <td>
                [{t(`ro.kinds.${l.kind}`)}] {l.description}
                {marked.has(l.id) && ' ※'}
                {l.declined && <strong className="ro-print-declined-mark"> 【{t('ro.declinedBadge')}】</strong>}
                <div className="ro-print-detail">{detail(l)}</div>
                {l.disclaimers.map((d) => (
                  <div key={d} className="ro-print-disclaimer">
                    {t(`ro.disclaimerCodes.${d}`)}
                  </div>
                ))}
              </td>
              <td>{t(`ro.payTypes.${l.payType}`)}</td>
              <td className="num">{money(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {order.lines.some((l) => l.declined) && (
        <p className="ro-print-detail" data-testid="print-declined-note">
          {t('ro.printDeclinedNote')}
        </p>
      )}
      <section className="ro-print-bottom">
        <div>
          {order.disclaimers.length > 0 && (
            <>
              <h2>{t('ro.disclaimers')}</h2>
              <ol className="ro-print-notes" data-testid="print-disclaimers">
                {order.disclaimers.map((d) => (
                  <li key={`${d.lineId}:${d.code}`}>
                    ※ {order.lines.find((l) => l.id === d.lineId)?.description}：{d.text}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p data-testid="print-old-parts">
            {t('ro.oldParts')}：{oldParts ? t(`ro.oldPartsChoices.${oldParts}`) : t('ro.oldPartsNotAsked')}
          </p>
          <p>
            {t('ro.promisedDelivery')}：{order.promisedDeliveryAt ? formatDateTime(order.promisedDeliveryAt, zone) : t('common.none')}
          </p>
          {order.diagnosisConsent && (
            <p>
              {t('ro.consentRecorded', { name: order.diagnosisConsent.givenBy, at: formatDateTime(order.diagnosisConsent.at, zone) })}
            </p>
          )}
        </div>
        <table className="ro-print-totals">
          <tbody>
            <tr>
              <td>{t('ro.payTypes.CUSTOMER')}</td>
              <td className="num">{money(order.totals.customerPay)}</td>
            </tr>
            {order.totals.warranty !== 0 && (
              <tr>
                <td>{t('ro.payTypes.WARRANTY')}</td>
                <td className="num">{money(order.totals.warranty)}</td>
              </tr>
            )}
            {order.totals.internal !== 0 && (
              <tr>
                <td>{t('ro.payTypes.INTERNAL')}</td>
                <td className="num">{money(order.totals.internal)}</td>
              </tr>
            )}
            {order.totals.goodwill !== 0 && (
              <tr>
                <td>{t('ro.payTypes.GOODWILL')}</td>
                <td className="num">{money(order.totals.goodwill)}</td>
              </tr>
            )}
            <tr>
              <td>{t('ro.tax', { percent: order.taxRatePercent })}</td>
              <td className="num">{money(order.totals.tax)}</td>
            </tr>
            <tr>
              <td>{t('ro.total')}</td>
              <td className="num">{money(order.totals.total)}</td>
            </tr>
            <tr className="strong">
              <td>{t('ro.customerPayable')}</td>
              <td className="num" data-testid="print-payable">
                {money(order.totals.customerPayable)}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section className="ro-print-terms">
        {storeInfo?.orderTerms && (
          <div data-testid="print-order-terms">
            <h2>{t('ro.printOrderTerms')}</h2>
            <p>{storeInfo.orderTerms}</p>
          </div>
        )}
        {storeInfo?.warrantyTerms && (
          <div data-testid="print-warranty-terms">
            <h2>{t('ro.printWarrantyTerms')}</h2>
            <p>{storeInfo.warrantyTerms}</p>
          </div>
        )}
      </section>
      <section className="ro-print-signatures">
        <div>
          <h2>{t('ro.customerSignature')}</h2>
          <div className="ro-print-signature-box">
            {signatureImage}
            <p data-testid="print-signature">{order.signature ? `${order.signature.signerName} · ${formatDateTime(order.signature.signedAt, zone)}` : ' '}</p>
            {order.signature?.estimateHash && (
              <p className="ro-print-hash" data-testid="print-estimate-hash">
                {t('signing.hashLabel')}：{order.signature.estimateHash.slice(0, 16)}
                {order.signature.device ? ` · ${t('signing.deviceLabel')}：${order.signature.device}` : ''}
              </p>
            )}
            {order.signature && !order.signature.matchesCurrentEstimate && (
              <p className="ro-print-disclaimer" data-testid="print-signature-stale">
                {t('signing.stale')}
              </p>
            )}
          </div>
        </div>
        <div>
          <h2>{t('ro.receiver')}</h2>
          <p data-testid="print-handover">{order.handover ? `${receiverName(order.handover, t)} · ${formatDateTime(order.handover.at, zone)}` : ' '}</p>
        </div>
      </section>
    </article>
  );
}
