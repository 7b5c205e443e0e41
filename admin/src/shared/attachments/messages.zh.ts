import type { Messages } from '../../module';

/** The attachments panel's words in Chinese (`onedoor.attachments.*`), on the case, relief and legal-aid pages. */
export const attachmentsZh: Messages = {
  onedoor: {
    attachments: {
      title: '附件',
      add: '上传附件',
      choose: '选择文件',
      noneChosen: '未选择文件',
      upload: '上传',
      hint: '可上传照片（JPEG、PNG、WebP、HEIC）、PDF、Word 或 Excel 文档，单个文件不超过 %{max}。文件类型按内容识别，与文件名无关。',
      file: '文件',
      progress: '已上传 %{percent}%',
      added: '已上传附件：%{name}',
      tooLarge: '文件超过 %{max}，无法上传',
      none: '暂无附件',
      name: '文件名',
      size: '大小',
      uploadedAt: '上传时间',
      uploadedBy: '上传人',
      atIntake: '登记时录入',
      preview: '预览',
      download: '下载',
      close: '关闭',
      unavailable: '文件暂时无法读取，请稍后重试',
    },
  },
};
