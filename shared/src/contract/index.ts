export * from './api';
export * from './access';
export * from './endpoint';
export * from './params';
export * from './requests';
export * from './mainRoutes';
