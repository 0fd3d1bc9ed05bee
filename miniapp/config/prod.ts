import type { UserConfigExport } from '@tarojs/cli';

export default {
  // No progress bars: CI logs and `npm test` output stay readable; errors are still printed.
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
