import { useEffect, useMemo } from 'react';

/**
 * An image loaded with the user's token as a blob, shown through an object URL that is revoked
 * when it goes. Nothing while there is no blob (loading, none, or failed).
 */
export function BlobImage({ blob, alt, className, testId }: { blob: Blob | null | undefined; alt: string; className?: string; testId?: string }) {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (!url) return null;
  return <img src={url} alt={alt} className={className} data-testid={testId} />;
}
