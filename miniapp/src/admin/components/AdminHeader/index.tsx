import { Text, View } from '@tarojs/components';
import './index.css';

interface AdminHeaderProps {
  title: string;
  subtitle?: string;
  /** Shows a "back to the admin home" link (every admin page but the home). */
  onHome?: () => void;
}

/** The deep-blue band of the admin pages, its content aligned with the page body on wide screens. */
export function AdminHeader({ title, subtitle, onHome }: AdminHeaderProps) {
  return (
    <View className='admin-header'>
      <View className='admin-container'>
        <View className='admin-header__badge'>
          <Text className='admin-header__badge-mark'>消保</Text>
          <Text className='admin-header__badge-text'>消保宣传通 · 管理后台</Text>
        </View>
        {onHome ? (
          <Text className='admin-header__home' onClick={onHome}>
            ‹ 管理首页
          </Text>
        ) : null}
        <Text className='admin-header__title'>{title}</Text>
        {subtitle ? <Text className='admin-header__subtitle'>{subtitle}</Text> : null}
      </View>
    </View>
  );
}
