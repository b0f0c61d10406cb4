import type { KitResource } from '../i18n/fr';

/** 简体中文 (Simplified Chinese). */
export const zh = {
  banner: {
    title: '您的Cookie选择',
    description: '经您同意，我们将Cookie用于偏好设置中所述的目的。您可以随时改变主意。',
    providers: '查看服务提供商列表',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    customise: '自定义设置',
    continueWithoutAccepting: '不接受并继续',
  },
  gpc: '您的浏览器发送了Global Privacy Control信号：我们已据此拒绝所有需征得您同意的项目。您可以在此更改这一选择。',
  preferences: {
    title: 'Cookie偏好设置',
    description: '请选择您同意的目的。您可以随时改变主意。',
    close: '关闭且不保存',
    save: '保存我的选择',
    alwaysOn: '始终启用',
    requiredReason: '这些Cookie为网站运行所必需，无需征得您的同意。',
    exemptTitle: '无需征得同意',
    exemptReason: '匿名访问统计，依据CNIL的规定无需征得同意，但您可以拒绝。',
    showCookies: '查看Cookie',
    providedBy: '提供商：{{provider}}',
    policy: '{{provider}}隐私政策',
    providers: '服务提供商列表',
    recordId: '您的选择标识符：{{id}}',
  },
  status: {
    acceptedAll: '您已全部接受。您的选择已保存。',
    rejectedAll: '您已全部拒绝。您的选择已保存。',
    saved: '您的选择已保存。',
  },
  defaults: {
    required: {
      title: '必要Cookie',
      description: '用于保障网站正常运行及其安全。',
    },
    exempt: {
      title: '匿名访问统计',
      description: '匿名的访问统计数据，仅用于改进本网站。',
    },
  },
  trigger: '管理我的Cookie',
  embed: {
    text: '此内容由{{provider}}（{{service}}）提供，该提供商会设置需征得您同意的Cookie。',
    allowOnce: '允许一次',
    allowAlways: '始终允许',
  },
  table: {
    caption: '本网站使用的Cookie',
    provider: '提供商名称',
    service: '服务及所在地',
    name: 'Cookie名称',
    purpose: '目的',
    duration: '有效期',
    session: '浏览器会话',
    ownProvider: '本网站',
    ownService: '您的Cookie偏好',
    ownPurpose: '记住访问者对Cookie的选择',
  },
} satisfies KitResource;
