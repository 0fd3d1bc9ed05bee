/** The demo's short videos: what scripts/makeDemoVideos.ts draws, each a few caption cards. */
export const demoVideos = [
  {
    name: 'telecom-fraud',
    title: '“客服”来电要退款？',
    colours: ['#0b5cad', '#1f8a70'] as const,
    secondsPerCaption: 2,
    captions: ['先挂断\n再打官方电话核实', '不共享屏幕\n不说验证码', '不向“安全账户”转账\n拿不准就打 96110'],
  },
  {
    name: 'elderly-care-scam',
    title: '“高回报”养老项目？',
    colours: ['#a4411b', '#c98a12'] as const,
    secondsPerCaption: 2,
    captions: ['高回报、送礼品\n多半是陷阱', '养老钱不交给\n来路不明的“项目”', '多和子女商量\n遇到了就报警'],
  },
];
