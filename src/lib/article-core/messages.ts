import type { Messages } from '../core/translate'

type Key =
  | 'imageUnavailable'
  | 'openOriginal'
  | 'readingTime'
  | 'by'
  | 'editor'
  | 'tags'
  | 'categories'
  | 'breadcrumb'
  | 'backToList'
  | 'latest'
  | 'home'
  | 'share'
  | 'linkCopied'
  | 'copyFailed'
  | 'listPosition'
  | 'previous'
  | 'next'
  | 'neighbours'
  | 'notFoundTitle'
  | 'notFoundBody'
  | 'loading'
  | 'dateEstimated'
  | 'dateEvidence'
  | 'dateFromGit'
  | 'dateFromUrl'
  | 'dateFromMtime'
  | 'dateFromOther'
  | 'contents'
  | 'printedFrom'

export const messages: Messages<Key> = {
  zh: {
    imageUnavailable: '图片无法加载',
    openOriginal: '打开原图',
    readingTime: '约 {n} 分钟读完',
    by: '来源：{name}',
    editor: '责任编辑：{name}',
    tags: '标签',
    categories: '分类',
    breadcrumb: '分类路径',
    backToList: '返回「{label}」',
    latest: '最新',
    home: '首页',
    share: '分享',
    linkCopied: '链接已复制',
    copyFailed: '无法复制链接',
    listPosition: '{label} · 第 {index} / {total} 篇',
    previous: '上一篇',
    next: '下一篇',
    neighbours: '上一篇与下一篇',
    notFoundTitle: '找不到这篇文章',
    notFoundBody: '它可能已被移除，或者链接有误。',
    loading: '正在加载文章',
    dateEstimated: '日期为推断',
    dateEvidence: '（{why}）',
    dateFromGit: '依据：文件加入 git 的提交时间',
    dateFromUrl: '依据：图片或链接网址中的日期',
    dateFromMtime: '依据：文件的修改时间',
    dateFromOther: '依据：其他线索',
    contents: '目录',
    printedFrom: '原文地址：{url}',
  },
  en: {
    imageUnavailable: 'Image unavailable',
    openOriginal: 'Open original',
    readingTime: '{n} min read',
    by: 'Source: {name}',
    editor: 'Editor: {name}',
    tags: 'Tags',
    categories: 'Categories',
    breadcrumb: 'Category path',
    backToList: 'Back to {label}',
    latest: 'Latest',
    home: 'Home',
    share: 'Share',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy the link',
    listPosition: 'In {label} · {index} of {total}',
    previous: 'Previous',
    next: 'Next',
    neighbours: 'Previous and next',
    notFoundTitle: 'Article not found',
    notFoundBody: 'It may have been removed, or the link is wrong.',
    loading: 'Loading the article',
    dateEstimated: 'date estimated',
    dateEvidence: ' ({why})',
    dateFromGit: 'from the git commit that added the file',
    dateFromUrl: 'from a date in its image or link URLs',
    dateFromMtime: "from the file's modification time",
    dateFromOther: 'from other evidence',
    contents: 'Contents',
    printedFrom: 'Read online: {url}',
  },
}
