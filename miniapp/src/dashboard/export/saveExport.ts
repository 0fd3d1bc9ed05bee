import Taro from '@tarojs/taro';
import { downloadAuthorized } from '../../services/http';

/**
 * WeChat build: downloads the export with the sign-in token under its own name and opens it
 * (WeChat shows the spreadsheet, with 转发 / 用其他应用打开 in its menu).
 */
export async function saveExport(path: string, fileName: string): Promise<void> {
  const filePath = await downloadAuthorized(path, `${Taro.env.USER_DATA_PATH}/${fileName}`);
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
}
