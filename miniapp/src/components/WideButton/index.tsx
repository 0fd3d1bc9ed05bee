import { Button } from '@tarojs/components';
import './index.css';

interface WideButtonProps {
  text: string;
  onClick?: () => void;
  variant?: 'primary' | 'secondary';
  /** WeChat's built-in action for the button (`share`: opens the page's share card). */
  openType?: 'share';
}

/** A large, full-width-friendly button (tap target ≥ 48 px, grows with the font). */
export function WideButton({ text, onClick, variant = 'primary', openType }: WideButtonProps) {
  return (
    <Button className={`wide-button wide-button--${variant}`} hoverClass='wide-button--pressed' openType={openType} onClick={onClick}>
      {text}
    </Button>
  );
}
