export default definePageConfig({
  navigationBarTitleText: '消保宣传通',
});
