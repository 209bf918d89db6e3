import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/components/blob-image';
import { useSignaturePng } from '../api/inspection';

/**
 * The customer's drawn signature of the inspection. Nothing while loading, or when there is none
 * (404) or it fails: the signer's name and time printed beside it stand in.
 */
export function SignatureImage({ store, repairOrderId, enabled = true }: { store: string; repairOrderId: string; enabled?: boolean }) {
  const { t } = useTranslation();
  const png = useSignaturePng(store, repairOrderId, enabled);
  return <BlobImage blob={png.data} alt={t('ro.customerSignature')} className="ro-print-signature-img" testId="print-signature-image" />;
}
