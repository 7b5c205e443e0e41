import type { Messages } from '../../module';

/** The attachments panel's words in English, key for key as messages.zh.ts. */
export const attachmentsEn: Messages = {
  onedoor: {
    attachments: {
      title: 'Attachments',
      add: 'Upload a file',
      choose: 'Choose a file',
      noneChosen: 'No file chosen',
      upload: 'Upload',
      hint: 'Photos (JPEG, PNG, WebP, HEIC), PDF, Word or Excel documents, at most %{max} each. The type is read from the file itself, not from its name.',
      file: 'File',
      progress: '%{percent}% uploaded',
      added: 'File attached: %{name}',
      tooLarge: 'The file is larger than %{max} and cannot be uploaded',
      none: 'No attachments yet',
      name: 'File name',
      size: 'Size',
      uploadedAt: 'Uploaded',
      uploadedBy: 'Uploaded by',
      atIntake: 'Recorded at intake',
      preview: 'Preview',
      download: 'Download',
      close: 'Close',
      unavailable: 'The file cannot be read just now; try again later',
    },
  },
};
