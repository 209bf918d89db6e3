import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/components/format';
import type { Inspection } from '@/lib/api-types';
import { VehicleDiagram } from './vehicle-diagram';
import { useStoreZone } from '@/lib/store-zone';

/** The walk-around on paper: the diagram with the marks, readings, belongings, documents, key. */
export function InspectionSummary({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const zone = useStoreZone();
  const none = t('common.none');
  return (
    <section className="ro-print-inspection" data-testid="print-inspection">
      <h2>{t('inspection.summaryTitle')}</h2>
      <div className="ro-print-inspection-body">
        <VehicleDiagram marks={inspection.damageMarks} size={200} />
        <div>
          <ol className="ro-print-marks">
            {inspection.damageMarks.length === 0 && <li>{t('inspection.noMarks')}</li>}
            {inspection.damageMarks.map((m) => (
              <li key={m.id} data-testid="print-mark">
                {t(`inspection.zones.${m.zone}`)}：{t(`inspection.damageTypes.${m.type}`)}
                {m.note ? `（${m.note}）` : ''}
              </li>
            ))}
          </ol>
          <dl className="ro-print-readings">
            <dt>{t('inspection.odometer')}</dt>
            <dd>
              {inspection.odometer != null ? `${formatNumber(inspection.odometer)} km` : none}
              {inspection.odometerWarning && ` — ${t('inspection.odometerLowerNote', { last: formatNumber(inspection.odometerWarning.lastRecordedKm) })}`}
            </dd>
            <dt>{t('inspection.fuel')}</dt>
            <dd>{inspection.fuelLevel ? t(`inspection.fuelLevels.${inspection.fuelLevel}`) : none}</dd>
            <dt>{t('inspection.warningLights')}</dt>
            <dd>{inspection.warningLights.length ? inspection.warningLights.map((l) => t(`inspection.lights.${l as 'ENGINE'}`, { defaultValue: l })).join('、') : none}</dd>
            <dt>{t('inspection.covers')}</dt>
            <dd>{inspection.protectiveCoversFitted ? t('common.yes') : t('common.no')}</dd>
            <dt>{t('inspection.belongings')}</dt>
            <dd>{inspection.belongings.length ? inspection.belongings.join('、') : none}</dd>
            <dt>{t('inspection.documents')}</dt>
            <dd>
              {inspection.documents.length
                ? inspection.documents
                    .map((d) => `${d.name || t(`inspection.documentTypes.${d.type}`)}${d.valid ? '' : `（${d.discrepancyNote ?? '×'}）`}`)
                    .join('、')
                : none}
            </dd>
            <dt>{t('inspection.keyTag')}</dt>
            <dd>
              {inspection.keyTag ?? none} / {t('inspection.keySlot')} {inspection.keySlot ?? none}
            </dd>
          </dl>
          {inspection.signature && <p>{t('inspection.signedBy', { name: inspection.signature.signerName, at: formatDateTime(inspection.signature.signedAt, zone) })}</p>}
        </div>
      </div>
    </section>
  );
}
