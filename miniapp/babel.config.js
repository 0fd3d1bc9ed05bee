// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// React on WeChat, Preact in the H5 build (config/index.ts, frameworkFor); no hot reload for it.
const preact = process.env.TARO_ENV === 'h5';

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: preact ? 'preact' : 'react',
        ts: true,
        compiler: 'webpack5',
        ...(preact ? { hot: false } : {}),
      },
    ],
  ],
};
