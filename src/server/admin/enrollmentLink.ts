import QRCode from 'qrcode';

/** The page of the app where a phone enrolls, with the code filled in: `<base>/cai-dat?ma=<CODE>`. */
export function enrollmentLink(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/cai-dat?ma=${encodeURIComponent(code)}`;
}

/** The link as a QR code drawn with block characters, for the terminal. */
export function terminalQr(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

/** The link as a QR code in SVG. */
export function svgQr(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
