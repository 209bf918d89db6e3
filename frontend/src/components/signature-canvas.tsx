import { useEffect, useRef } from 'react';
import SignaturePad from 'signature_pad';

/**
 * The drawing surface (signature_pad, in its own lazy chunk). Reports the drawing as a PNG
 * data URL (null when empty); the pad is sized to the device's pixel ratio so strokes stay sharp on tablets.
 */
export default function SignatureCanvas({ label, onChange, clearSignal }: { label: string; onChange: (png: string | null) => void; clearSignal: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const p = new SignaturePad(el, { minWidth: 1, maxWidth: 3, penColor: '#111' });
    const onEnd = () => changed.current(p.isEmpty() ? null : p.toDataURL('image/png'));
    p.addEventListener('endStroke', onEnd);
    pad.current = p;
    return () => {
      p.removeEventListener('endStroke', onEnd);
      p.off();
      pad.current = null;
    };
  }, []);

  useEffect(() => {
    if (clearSignal === 0) return;
    pad.current?.clear();
    changed.current(null);
  }, [clearSignal]);

  return <canvas ref={canvas} className="signature-canvas" aria-label={label} role="img" data-testid="signature-canvas" />;
}
