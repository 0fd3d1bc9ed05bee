import { useDidShow, useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startOutboxSync } from './offline';
import { getTracker } from './tracker';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Beacons left over from the last session (offline, app killed) go out first.
    void getTracker().flush();
  });

  useDidShow(() => {
    // Events a staff member logged without signal, also those interrupted when the app was killed.
    startOutboxSync();
  });

  // children is the page being rendered.
  return children;
}

export default App;
