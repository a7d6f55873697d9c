import { onCleanup } from 'solid-js';

/**
 * Hands a file to the browser as a download (Blob + object URL clicked as a link), offline.
 * The URL is freed a minute later: some browsers read it after click() returns.
 */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An object URL of a CSV text made on the phone (works offline) for a download link; freed with the owner. */
export function createCsvUrl(text: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  onCleanup(() => URL.revokeObjectURL(url));
  return url;
}
