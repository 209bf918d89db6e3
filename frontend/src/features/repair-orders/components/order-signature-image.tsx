import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/components/blob-image';
import { useRepairOrderSignaturePng } from '../api/get-signature-image';

/** The customer's drawn signature of the repair order (R-CHK-9), as kept with the signature record. */
export function OrderSignatureImage({ store, repairOrderId, signatureId }: { store: string; repairOrderId: string; signatureId: string }) {
  const { t } = useTranslation();
  const png = useRepairOrderSignaturePng(store, repairOrderId, signatureId);
  return <BlobImage blob={png.data} alt={t('ro.customerSignature')} className="ro-print-signature-img" testId="print-signature-image" />;
}
