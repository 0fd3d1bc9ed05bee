import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { getTracker } from './tracker';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Beacons left over from the last session (offline, app killed) go out first.
    void getTracker().flush();
  });

  // children is the page being rendered.
  return children;
}

export default App;
