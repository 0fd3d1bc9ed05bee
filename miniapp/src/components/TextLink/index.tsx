import { Text, View } from '@tarojs/components';
import { keyboardPressable } from '../../utils/keyboardPressable';
import './index.css';

interface TextLinkProps {
  text: string;
  onClick: () => void;
}

/** A quiet text link with a comfortable tap area, for secondary ways out (e.g. 员工登录). */
export function TextLink({ text, onClick }: TextLinkProps) {
  return (
    <View className="text-link" hoverClass="text-link--pressed" onClick={onClick} ariaRole="link" {...keyboardPressable(onClick)}>
      <Text>{text}</Text>
    </View>
  );
}
