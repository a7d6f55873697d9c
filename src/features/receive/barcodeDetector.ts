/** A code found in a camera frame (Shape Detection API; not yet in TypeScript's DOM types). */
interface DetectedBarcode {
  readonly rawValue: string;
}

/** The part of the browser's BarcodeDetector the scanner uses. */
export interface BarcodeReader {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

type BarcodeDetectorConstructor = new () => BarcodeReader;

function detectorConstructor(): BarcodeDetectorConstructor | undefined {
  if (typeof window === 'undefined' || !('BarcodeDetector' in window)) return undefined;
  return (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** True when this browser reads barcodes and can open the camera (Chrome on Android does; many others do not). */
export function canScanBarcodes(): boolean {
  return detectorConstructor() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** A reader for every format the browser knows, or null where there is none. */
export function createBarcodeReader(): BarcodeReader | null {
  const Detector = detectorConstructor();
  return Detector ? new Detector() : null;
}
