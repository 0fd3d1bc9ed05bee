import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BrandHeader } from '../../../components/BrandHeader';
import { Screen } from '../../../components/Screen';
import { FormField } from '../../../components/form/FormField';
import { Section } from '../../../components/form/Section';
import { ActionButton } from '../../../components/form/ActionButton';
import { TextInput } from '../../../components/form/TextInput';
import { useLogin } from '../../hooks/useLogin';
import { goHome } from '../../navigation';
import './index.css';

/** 员工登录: 工号 + password; in WeChat also 微信一键登录, and the offer to bind after a password login. */
export default function LoginPage() {
  const { phase, error, fields, signIn, signInWithWechat, bind, inWechat } = useLogin();
  const [employeeNo, setEmployeeNo] = useState('');
  const [password, setPassword] = useState('');
  const busy = phase.kind === 'busy';

  return (
    <Screen>
      <BrandHeader eyebrow="员工登录" title="消保宣传通" subtitle="活动登记 · 现场计数 · 活动二维码" />
      <View className="screen__body login__body">
        {phase.kind === 'offerBind' ? (
          <Section title="绑定微信，下次免密登录">
            <Text className="login__text">绑定后，在本微信中打开即可一键登录，无需再输入工号和密码。</Text>
            {error ? <Text className="login__error">{error}</Text> : null}
            <View className="login__actions">
              <ActionButton text="绑定微信" size="large" block onClick={() => void bind(phase.session)} />
              <ActionButton text="暂不绑定" variant="quiet" block onClick={() => goHome(phase.session.account.role)} />
            </View>
          </Section>
        ) : (
          <Section>
            <FormField id="field-employeeNo" label="工号" error={fields.employeeNo}>
              <TextInput value={employeeNo} placeholder="请输入工号" maxLength={20} onChange={setEmployeeNo} name="employeeNo" />
            </FormField>
            <FormField id="field-password" label="密码" error={fields.password}>
              <TextInput kind="password" value={password} placeholder="请输入密码" maxLength={72} onChange={setPassword} name="password" />
            </FormField>
            {error ? <Text className="login__error">{error}</Text> : null}
            <View className="login__actions">
              <ActionButton
                text="登录"
                size="large"
                block
                loading={busy && phase.action === 'password'}
                disabled={busy}
                onClick={() => void signIn(employeeNo, password)}
                className="login__submit"
              />
              {inWechat ? (
                <>
                  <Text className="login__or">或</Text>
                  <ActionButton
                    text="微信一键登录"
                    variant="secondary"
                    size="large"
                    block
                    loading={busy && phase.action === 'wechat'}
                    disabled={busy}
                    onClick={() => void signInWithWechat()}
                  />
                </>
              ) : null}
            </View>
          </Section>
        )}
        <Text className="login__footnote">账号由管理员开通；忘记密码请联系管理员重置。</Text>
      </View>
    </Screen>
  );
}
