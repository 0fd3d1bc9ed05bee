export default definePageConfig({
  navigationBarTitleText: '平台数据与媒体发布',
});
