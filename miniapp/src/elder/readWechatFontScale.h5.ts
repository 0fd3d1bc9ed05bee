/**
 * H5 has no WeChat font setting: the browser's own zoom applies there. Its own file (Taro picks
 * `.h5.ts` for the H5 build) so the H5 pages don't load Taro's system-info API and the
 * user-agent parser behind it for a constant.
 */
export function readWechatFontScale(): number {
  return 1;
}
