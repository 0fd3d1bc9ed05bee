import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { LoginRequestSchema, type LoginResponse } from '@rights-outreach/shared';
import { saveSession, type Session } from '../../auth/session';
import { getOutbox } from '../../offline';
import { toApiError } from '../../services/ApiError';
import { bindWechat, login, loginWithWechat } from '../../services/auth';
import { fieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import { wechatCode } from '../../utils/wechatCode';
import { goHome } from '../navigation';

export type LoginPhase =
  | { kind: 'form' }
  | { kind: 'busy'; action: 'password' | 'wechat' | 'bind' }
  /** Signed in with a password inside WeChat, WeChat not bound yet: offer password-free sign-in. */
  | { kind: 'offerBind'; session: Session };

const inWechat = process.env.TARO_ENV === 'weapp';

/**
 * Signing in: 工号 + password, or 微信一键登录 for a bound WeChat user. Whatever was waiting
 * in the outbox (e.g. after an expired session) is sent as soon as someone is signed in.
 */
export function useLogin() {
  const [phase, setPhase] = useState<LoginPhase>({ kind: 'form' });
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  const enter = useCallback((response: LoginResponse, offerBind: boolean) => {
    const session = saveSession(response);
    void getOutbox().sync();
    if (offerBind && inWechat && !session.account.wechatBound) setPhase({ kind: 'offerBind', session });
    else goHome(session.account.role);
  }, []);

  const signIn = useCallback(
    async (employeeNo: string, password: string) => {
      const parsed = LoginRequestSchema.safeParse({ employeeNo, password });
      if (!parsed.success) {
        setFields(fieldErrors(parsed.error, { employeeNo: '请输入工号', password: '请输入密码' }));
        return;
      }
      setFields({});
      setError(null);
      setPhase({ kind: 'busy', action: 'password' });
      try {
        enter(await login(parsed.data), true);
      } catch (failure) {
        // INVALID_CREDENTIALS says 工号或密码错误: never which of the two.
        setError(toApiError(failure).userMessage);
        setPhase({ kind: 'form' });
      }
    },
    [enter],
  );

  const signInWithWechat = useCallback(async () => {
    setError(null);
    setPhase({ kind: 'busy', action: 'wechat' });
    try {
      enter(await loginWithWechat(await wechatCode()), false);
    } catch (failure) {
      setError(toApiError(failure).userMessage);
      setPhase({ kind: 'form' });
    }
  }, [enter]);

  const bind = useCallback(async (session: Session) => {
    setError(null);
    setPhase({ kind: 'busy', action: 'bind' });
    try {
      await bindWechat(await wechatCode());
      void Taro.showToast({ title: '绑定成功，下次可一键登录', icon: 'none' }).catch(() => undefined);
      goHome(session.account.role);
    } catch (failure) {
      setError(toApiError(failure).userMessage);
      setPhase({ kind: 'offerBind', session });
    }
  }, []);

  return { phase, error, fields, signIn, signInWithWechat, bind, inWechat };
}
