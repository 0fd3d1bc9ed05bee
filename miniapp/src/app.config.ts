import { pageList, subPackages } from './constants/routes';

export default defineAppConfig({
  pages: pageList,
  subPackages,
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f6f9',
    navigationBarBackgroundColor: '#0b3d6b',
    navigationBarTitleText: '消保宣传通',
    navigationBarTextStyle: 'white',
  },
  // The event form's optional 现场定位: WeChat shows `desc` when asking, and requires the API to be declared.
  permission: {
    'scope.userLocation': { desc: '用于记录宣传活动的举办地点（可不提供）' },
  },
  requiredPrivateInfos: ['getLocation'],
});
