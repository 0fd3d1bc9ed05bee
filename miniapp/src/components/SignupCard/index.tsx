import { Input, Text, View } from '@tarojs/components';
import { signupConsentText } from '@rights-outreach/shared';
import { ariaState } from '../../utils/ariaState';
import type { Signup } from '../../signup/useSignup';
import { keyboardPressable } from '../../utils/keyboardPressable';
import { DoneNote } from '../DoneNote';
import { WideButton } from '../WideButton';
import './index.css';

const isH5 = process.env.TARO_ENV === 'h5';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  placeholder: string;
  type?: 'text' | 'number';
  maxLength: number;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A labelled box; in H5 the label is also the native input's accessible name. */
function TextField({ id, label, value, error, placeholder, type = 'text', maxLength, disabled, onChange }: TextFieldProps) {
  return (
    <View className={`signup-field${error ? ' signup-field--invalid' : ''}`} id={`signup-${id}`}>
      <View className="signup-field__label">
        <Text>{label}</Text>
        <Text className="signup-field__optional">选填</Text>
      </View>
      <Input
        className="signup-field__input"
        value={value}
        type={type}
        name={id}
        placeholder={placeholder}
        placeholderClass="signup-field__placeholder"
        maxlength={maxLength}
        disabled={disabled}
        ariaLabel={isH5 ? undefined : `${label}（选填）`}
        nativeProps={isH5 ? { 'aria-label': `${label}（选填）`, autocomplete: id === 'phone' ? 'tel' : 'name' } : undefined}
        onInput={(event) => onChange(event.detail.value)}
      />
      {error ? <Text className="signup-field__error">{error}</Text> : null}
    </View>
  );
}

/** 报名 for the event of the scanned code: a button first, then a short form with the consent box. */
export function SignupCard({ signup }: { signup: Signup }) {
  const { form, status, errors, failure } = signup;
  if (status === 'done') {
    return (
      <View className="signup-card card card--done" ariaRole="status">
        <DoneNote title="报名成功" hint="请按活动时间到场参加" />
      </View>
    );
  }
  if (status === 'closed') {
    return (
      <View className="signup-card card">
        <Text className="signup-card__title">活动报名</Text>
        <Text className="signup-card__hint">想参加本场活动？报名后主办方可为您预留座位、通知活动安排。</Text>
        <View className="signup-card__action">
          <WideButton className="signup-card__open" variant="secondary" text="报名参加" onClick={signup.open} />
        </View>
      </View>
    );
  }
  const sending = status === 'sending';
  return (
    <View className="signup-card card" ariaRole="form" ariaLabel="活动报名">
      <Text className="signup-card__title">活动报名</Text>
      <TextField
        id="name"
        label="姓名"
        value={form.name}
        error={errors.name}
        placeholder="可不填"
        maxLength={20}
        disabled={sending}
        onChange={(name) => signup.change({ name })}
      />
      <TextField
        id="phone"
        label="手机号"
        value={form.phone}
        error={errors.phone}
        placeholder="可不填，用于活动通知"
        type="number"
        maxLength={11}
        disabled={sending}
        onChange={(phone) => signup.change({ phone })}
      />
      <Text className="signup-card__consent-text">{signupConsentText}</Text>
      <View
        className={`signup-consent${errors.consent ? ' signup-consent--invalid' : ''}`}
        ariaRole="checkbox"
        aria-checked={ariaState(form.consent)}
        ariaLabel="我已阅读并同意以上信息使用说明"
        onClick={() => !sending && signup.change({ consent: !form.consent })}
        {...keyboardPressable(() => signup.change({ consent: !form.consent }), !sending)}
      >
        <View className={`signup-consent__box${form.consent ? ' signup-consent__box--on' : ''}`}>
          <Text>{form.consent ? '✓' : ''}</Text>
        </View>
        <Text className="signup-consent__label">我已阅读并同意以上信息使用说明</Text>
      </View>
      {errors.consent ? <Text className="signup-field__error">{errors.consent}</Text> : null}
      {failure ? (
        <View className="signup-card__failure" ariaRole="alert">
          {failure}
        </View>
      ) : null}
      {!form.consent && !errors.consent ? (
        // Why 提交报名 is grey: said beside it, not left to guess.
        <Text className="signup-card__consent-hint" id="signup-consent-hint">
          请先勾选上方“我已阅读并同意”，再提交报名。
        </Text>
      ) : null}
      <View className="signup-card__action">
        <WideButton
          className="signup-card__submit"
          text={sending ? '正在提交…' : status === 'failed' ? '重新提交' : '提交报名'}
          disabled={!form.consent || sending}
          onClick={signup.submit}
        />
        {!sending ? <WideButton className="signup-card__cancel" variant="secondary" text="暂不报名" onClick={signup.close} /> : null}
      </View>
    </View>
  );
}
