import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Role } from '@rights-outreach/shared';
import { signOut } from '../../../auth/navigation';
import type { Session } from '../../../auth/session';
import { useRoleAccess } from '../../../hooks/useRoleAccess';
import { DensityContext } from '../../form/density';
import { Screen } from '../../Screen';
import { StatusPanel } from '../../StatusPanel';
import { DeskHeader } from '../DeskHeader';
import './index.css';

export interface DeskPageProps {
  /** The area, shown in the header badge: 管理后台, 数据看板. */
  area: string;
  /** Roles the page is for; anyone else signed in sees `refusal`. */
  roles: readonly Role[];
  /** Why someone in another role is refused, in Chinese. */
  refusal: (session: Session) => { title: string; message: string };
  title: string;
  subtitle?: string;
  /** A link back to the area's home; none on the home itself. */
  home?: { label: string; onOpen: () => void };
  /** The page body, rendered only for a signed-in user in one of `roles`. */
  children: (session: Session) => ReactNode;
}

/**
 * Frame of every desk page (admin, dashboard): header, a centred column on wide screens (H5
 * on a desk), and the gate: a signed-out visitor goes to the login page, other roles are refused.
 */
export function DeskPage({ area, roles, refusal, title, subtitle, home, children }: DeskPageProps) {
  const access = useRoleAccess(roles);
  const allowed = access.kind === 'allowed';
  return (
    <Screen>
      {/* Desk density: these areas are mostly used in a desktop browser. */}
      <DensityContext.Provider value="desk">
        <View className="desk-page">
          <DeskHeader area={area} title={title} subtitle={allowed ? subtitle : undefined} home={allowed ? home : undefined} />
          <View className="desk-container desk-page__body">
            {access.kind === 'allowed' ? children(access.session) : null}
            {access.kind === 'signedOut' ? <StatusPanel tone="loading" title="请先登录" message="正在前往登录页…" /> : null}
            {access.kind === 'forbidden' ? (
              <StatusPanel tone="error" {...refusal(access.session)} actionText="切换账号" onAction={signOut} />
            ) : null}
          </View>
        </View>
      </DensityContext.Provider>
    </Screen>
  );
}
