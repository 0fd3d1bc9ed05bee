import { goToLogin } from '../../../auth/navigation';
import type { ApiError } from '../../../services/ApiError';
import { StatusPanel } from '../../StatusPanel';

interface LoadFailedProps {
  error: ApiError;
  onRetry: () => void;
  /** What to do when the thing asked for does not exist (e.g. a campaign code from an old link). */
  notFoundHint?: string;
  /** Who may use the page, for a refusal (403). */
  forbiddenHint?: string;
}

/**
 * Why a desk page could not load, with the one action that helps: sign in again after the
 * session expired, nothing for a refusal or a missing record, otherwise try again.
 */
export function LoadFailed({ error, onRetry, notFoundHint, forbiddenHint = '仅管理员可使用此页面。' }: LoadFailedProps) {
  if (error.code === 'UNAUTHENTICATED') {
    return <StatusPanel tone="error" title={error.userMessage} actionText="重新登录" onAction={goToLogin} />;
  }
  if (error.code === 'FORBIDDEN') {
    return <StatusPanel tone="error" title={error.userMessage} message={forbiddenHint} />;
  }
  if (error.status === 404) {
    return <StatusPanel tone="error" title={error.userMessage} message={notFoundHint} />;
  }
  return <StatusPanel tone="error" title={error.userMessage} actionText="重新加载" onAction={onRetry} />;
}
