import { Text, View } from '@tarojs/components';
import './index.css';

interface FormMessageProps {
  tone: 'error' | 'success';
  text: string | undefined | null;
}

/** A line above a form's buttons: what the server refused (its userMessage), or what was saved. */
export function FormMessage({ tone, text }: FormMessageProps) {
  if (!text) return null;
  return (
    <View className={`form-message form-message--${tone}`}>
      <Text>{text}</Text>
    </View>
  );
}
