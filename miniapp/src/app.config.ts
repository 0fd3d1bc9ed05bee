import { pageList } from './constants/routes';

export default defineAppConfig({
  pages: pageList,
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f6f9',
    navigationBarBackgroundColor: '#0b3d6b',
    navigationBarTitleText: '消保宣传通',
    navigationBarTextStyle: 'white',
  },
});
