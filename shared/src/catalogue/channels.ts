/**
 * Channel tags a QR code or link carries (渠道). A source code is a channel, optionally
 * followed by the org unit that printed or posted it: `poster` or `poster.gd-gz-panyu`.
 */
export const channels = ['counter', 'poster', 'leaflet', 'moments', 'channels', 'douyin', 'official', 'meipian', 'event', 'other'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, string> = {
  counter: '柜面',
  poster: '海报',
  leaflet: '宣传折页',
  moments: '朋友圈',
  channels: '视频号',
  douyin: '抖音',
  official: '公众号',
  meipian: '美篇',
  event: '活动现场',
  other: '其他',
};
