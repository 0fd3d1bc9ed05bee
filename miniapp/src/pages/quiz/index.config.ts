export default definePageConfig({
  navigationBarTitleText: '权益知识小测验',
});
