import QRCode from 'qrcode';

export type QrFormat = 'svg' | 'png';

export interface QrImage {
  contentType: string;
  data: Buffer;
  url: string;
}

/** A QR code of a URL. Level M survives a creased or partly covered poster; a wide quiet zone helps old phones. */
export async function renderQr(url: string, format: QrFormat): Promise<QrImage> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  if (format === 'svg') {
    const svg = await QRCode.toString(url, { ...options, type: 'svg' });
    return { contentType: 'image/svg+xml', data: Buffer.from(svg), url };
  }
  const png = await QRCode.toBuffer(url, { ...options, type: 'png', width: 600 });
  return { contentType: 'image/png', data: png, url };
}
