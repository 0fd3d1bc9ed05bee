import Taro from '@tarojs/taro';

/** Asks before an action that is hard to undo (停用, 重置密码); resolves true only on 确定. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const answer = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#b3321d' });
    return answer.confirm;
  } catch {
    return false;
  }
}
