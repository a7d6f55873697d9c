/** A code found in a camera frame (Shape Detection API; not yet in TypeScript's DOM types). */
interface DetectedBarcode {
  readonly rawValue: string;
}

/** The part of the browser's BarcodeDetector the scanner uses. */
export interface CodeReader {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

/** Barcode formats by their Shape Detection API names ('qr_code', 'code_128', …). */
export type CodeFormats = readonly string[];

type BarcodeDetectorConstructor = new (options?: { formats: string[] }) => CodeReader;

function detectorConstructor(): BarcodeDetectorConstructor | undefined {
  if (typeof window === 'undefined' || !('BarcodeDetector' in window)) return undefined;
  return (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** True when this browser reads barcodes and can open the camera (Chrome on Android does; many others do not). */
export function canScanCodes(): boolean {
  return detectorConstructor() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/**
 * A reader for `formats` (every format the browser knows when omitted), or null where there
 * is none or the browser refuses those formats.
 */
export function createCodeReader(formats?: CodeFormats): CodeReader | null {
  const Detector = detectorConstructor();
  if (!Detector) return null;
  try {
    return formats === undefined ? new Detector() : new Detector({ formats: [...formats] });
  } catch {
    return null;
  }
}
