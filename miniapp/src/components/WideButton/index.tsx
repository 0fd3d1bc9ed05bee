import { Button } from '@tarojs/components';
import './index.css';

interface WideButtonProps {
  text: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary';
}

/** A large, full-width-friendly button (tap target ≥ 48 px, grows with the font). */
export function WideButton({ text, onClick, variant = 'primary' }: WideButtonProps) {
  return (
    <Button className={`wide-button wide-button--${variant}`} hoverClass='wide-button--pressed' onClick={onClick}>
      {text}
    </Button>
  );
}
