import Taro from '@tarojs/taro';

/**
 * WeChat build: saves the poster to the photo album, asking again politely if permission was
 * refused. (The album names the file itself; `_fileName` is for the H5 download.)
 */
export async function savePoster(imagePath: string, _fileName?: string): Promise<'saved' | 'cancelled'> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: imagePath });
    return 'saved';
  } catch (error) {
    const message = String((error as { errMsg?: string } | null)?.errMsg ?? error);
    if (/cancel/i.test(message)) return 'cancelled';
    if (/auth|deny|denied/i.test(message)) {
      const answer = await Taro.showModal({
        title: '需要相册权限',
        content: '保存海报需要“添加到相册”权限，请在设置中开启后重试。',
        confirmText: '去设置',
        cancelText: '取消',
      });
      if (answer.confirm) await Taro.openSetting();
      return 'cancelled';
    }
    throw error;
  }
}

export const saveActionLabel = '保存到相册';
