import { browserDownload } from '../utils/browserDownload';

/** H5 build: downloads the poster as a PNG (to print, or to send on). */
export async function savePoster(imagePath: string, fileName = '活动海报.png'): Promise<'saved' | 'cancelled'> {
  browserDownload(imagePath, fileName);
  return 'saved';
}

export const saveActionLabel = '下载海报';
