export default definePageConfig({
  navigationBarTitleText: '宣传资料',
});
