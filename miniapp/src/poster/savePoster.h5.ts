/** H5 build: downloads the poster as a PNG (to print, or to send on). */
export async function savePoster(imagePath: string, fileName = '活动海报.png'): Promise<'saved' | 'cancelled'> {
  const link = document.createElement('a');
  link.href = imagePath;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  return 'saved';
}

export const saveActionLabel = '下载海报';
