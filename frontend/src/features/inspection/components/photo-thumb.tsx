import { Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionPhoto } from '@/lib/api-types';
import { getPhotoBlob } from '../api/inspection';

/** A photo's thumbnail (the full image for types without one), loaded with the user's token. */
export function PhotoThumb({ store, repairOrderId, photo, size = 72 }: { store: string; repairOrderId: string; photo: InspectionPhoto; size?: number }) {
  const { t } = useTranslation();
  const blob = useQuery({
    queryKey: ['photo', store, repairOrderId, photo.id, photo.thumbnailAvailable],
    queryFn: () => getPhotoBlob(store, repairOrderId, photo.id, photo.thumbnailAvailable),
    staleTime: Infinity,
  });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : null), [blob.data]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (!url) return <Skeleton w={size} h={size} />;
  return <img src={url} alt={t('inspection.photo')} width={size} height={size} className="photo-thumb" data-testid="photo-thumb" />;
}
