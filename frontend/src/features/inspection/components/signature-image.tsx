import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignaturePng } from '../api/inspection';

/**
 * The customer's drawn signature, loaded with the user's token as a blob and shown through an
 * object URL (revoked when it goes). Nothing while loading, or when there is none (404) or it
 * fails: the signer's name and time printed beside it stand in.
 */
export function SignatureImage({ store, repairOrderId, enabled = true }: { store: string; repairOrderId: string; enabled?: boolean }) {
  const { t } = useTranslation();
  const png = useSignaturePng(store, repairOrderId, enabled);
  const url = useMemo(() => (png.data ? URL.createObjectURL(png.data) : null), [png.data]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (!url) return null;
  return <img src={url} alt={t('ro.customerSignature')} className="ro-print-signature-img" data-testid="print-signature-image" />;
}
