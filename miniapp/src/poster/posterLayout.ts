/**
 * A QR poster (an event's, or a material a consumer shares), drawn on a 600 × 900 canvas
 * (2:3, prints well on A4 / A5).
 * Plain drawing code over the small part of the canvas 2D API that WeChat's `type="2d"`
 * canvas and the browser's share, so both builds draw the very same poster.
 */
export const posterSize = { width: 600, height: 900 } as const;

/** The drawing calls used; WeChat's 2D context and the DOM's both have them. */
export type PosterContext = Pick<
  CanvasRenderingContext2D,
  | 'fillRect'
  | 'fillText'
  | 'measureText'
  | 'drawImage'
  | 'beginPath'
  | 'moveTo'
  | 'arcTo'
  | 'closePath'
  | 'fill'
  | 'createLinearGradient'
  | 'save'
  | 'restore'
  | 'fillStyle'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

export interface PosterContent {
  campaignName: string;
  slogan: string;
  /** The card's title: the event, or the material. */
  title: string;
  /** One line each (time, place, organiser), or a paragraph (a material's summary). */
  details: string[];
  /** Under the QR code: what scanning it does. */
  callToAction: string;
}

const colours = {
  navy: '#0b3d6b',
  teal: '#0f7485',
  gold: '#f5b942',
  ink: '#0b2b4a',
  body: '#41505f',
  link: '#0d5a7a',
  muted: '#6b7a89',
};

const fontFamily = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${fontFamily}`;

/**
 * Breaks text into lines no wider than `maxWidth`, character by character (Chinese has no
 * spaces to break at); beyond `maxLines` the last line ends with an ellipsis.
 */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text.trim())) {
    if (line !== '' && measure(line + char) > maxWidth) {
      lines.push(line);
      line = char;
    } else {
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function roundRect(ctx: PosterContext, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function lines(ctx: PosterContext, text: string, style: string, maxWidth: number, maxLines: number): string[] {
  ctx.font = style;
  return wrapText((t) => ctx.measureText(t).width, text, maxWidth, maxLines);
}

/** Draws the whole poster; `qr` is the loaded QR code image (null: a placeholder box). */
export function drawPoster(ctx: PosterContext, content: PosterContent, qr: CanvasImageSource | null): void {
  const { width, height } = posterSize;
  ctx.save();
  ctx.textBaseline = 'top';

  // Page and header band.
  ctx.fillStyle = '#f2f5f8';
  ctx.fillRect(0, 0, width, height);
  const band = ctx.createLinearGradient(0, 0, width, 320);
  band.addColorStop(0, colours.navy);
  band.addColorStop(1, colours.teal);
  ctx.fillStyle = band;
  ctx.fillRect(0, 0, width, 330);

  ctx.textAlign = 'left';
  roundRect(ctx, 40, 40, 72, 36, 8);
  ctx.fillStyle = colours.gold;
  ctx.fill();
  ctx.fillStyle = colours.navy;
  ctx.font = font(22, true);
  ctx.fillText('消保', 54, 46);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.font = font(22);
  ctx.fillText('金融消费者权益保护', 126, 46);

  let y = 100;
  ctx.fillStyle = '#ffffff';
  for (const line of lines(ctx, content.campaignName, font(36, true), width - 80, 2)) {
    ctx.fillText(line, 40, y);
    y += 48;
  }
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  for (const line of lines(ctx, content.slogan, font(26), width - 80, 2)) {
    ctx.fillText(line, 40, y + 6);
    y += 36;
  }

  // The card: title, details, QR code.
  const cardTop = 290;
  const cardBottom = height - 50;
  roundRect(ctx, 30, cardTop, width - 60, cardBottom - cardTop, 24);
  ctx.fillStyle = '#ffffff';
  ctx.fill();

  y = cardTop + 32;
  ctx.fillStyle = colours.ink;
  for (const line of lines(ctx, content.title, font(32, true), width - 120, 2)) {
    ctx.fillText(line, 60, y);
    y += 44;
  }
  ctx.fillStyle = colours.body;
  ctx.font = font(24);
  // A single detail is a paragraph (up to three lines); several are one line each.
  const detailLines =
    content.details.length === 1
      ? lines(ctx, content.details[0]!, font(24), width - 120, 3)
      : content.details.map((detail) => lines(ctx, detail, font(24), width - 120, 1)[0] ?? '');
  ctx.font = font(24);
  for (const line of detailLines) {
    ctx.fillText(line, 60, y + 4);
    y += 34;
  }

  // QR code, centred in what is left of the card.
  const qrSize = 280;
  const qrTop = Math.max(y + 16, cardBottom - 70 - qrSize);
  const qrLeft = (width - qrSize) / 2;
  if (qr) {
    ctx.drawImage(qr, qrLeft, qrTop, qrSize, qrSize);
  } else {
    ctx.fillStyle = '#e3eef6';
    ctx.fillRect(qrLeft, qrTop, qrSize, qrSize);
  }

  ctx.textAlign = 'center';
  ctx.fillStyle = colours.link;
  ctx.font = font(26, true);
  ctx.fillText(content.callToAction, width / 2, qrTop + qrSize + 14);
  ctx.fillStyle = colours.muted;
  ctx.font = font(20);
  ctx.fillText('金融消费者权益保护宣传', width / 2, height - 36);
  ctx.restore();
}
