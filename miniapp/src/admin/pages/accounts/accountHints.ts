/** Chinese messages for the account schemas' technical ones, by field (see utils/fieldErrors). */
export const accountHints: Record<string, string> = {
  employeeNo: '工号为 3–20 位字母或数字',
  name: '姓名为 2–20 个字',
  role: '请选择角色',
  unitId: '请选择所属机构',
  password: '密码为 8–72 位',
  '': '没有需要保存的修改',
};
