export default definePageConfig({
  // Turns on 转发 and 分享到朋友圈 in the menu; the page's useSharePage fills in the card.
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '宣传资料',
});
