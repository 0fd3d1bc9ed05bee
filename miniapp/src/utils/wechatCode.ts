import Taro from '@tarojs/taro';

/** A fresh `wx.login` code (valid 5 minutes, used once). Rejects when WeChat gives none. */
export async function wechatCode(): Promise<string> {
  const { code } = await Taro.login();
  if (!code) throw new Error('wx.login returned no code');
  return code;
}
