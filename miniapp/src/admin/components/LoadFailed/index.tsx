import { StatusPanel } from '../../../components/StatusPanel';
import type { ApiError } from '../../../services/ApiError';
import { goLogin } from '../../navigation';

interface LoadFailedProps {
  error: ApiError;
  onRetry: () => void;
  /** What to do when the thing asked for does not exist (e.g. a campaign code from an old link). */
  notFoundHint?: string;
}

/**
 * Why an admin page could not load, with the one action that helps: sign in again after
 * the session expired, nothing for a refusal or a missing record, otherwise try again.
 */
export function LoadFailed({ error, onRetry, notFoundHint }: LoadFailedProps) {
  if (error.code === 'UNAUTHENTICATED') {
    return <StatusPanel tone='error' title={error.userMessage} actionText='重新登录' onAction={goLogin} />;
  }
  if (error.code === 'FORBIDDEN') {
    return <StatusPanel tone='error' title={error.userMessage} message='仅管理员可使用此页面。' />;
  }
  if (error.status === 404) {
    return <StatusPanel tone='error' title={error.userMessage} message={notFoundHint} />;
  }
  return <StatusPanel tone='error' title={error.userMessage} actionText='重新加载' onAction={onRetry} />;
}
