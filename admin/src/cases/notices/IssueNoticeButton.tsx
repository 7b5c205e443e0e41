import { DateInput, FormDataConsumer, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import type { NoticeKind } from '../../generated/enums';
import { type FormValues, MutationDialog } from '../../shared/MutationDialog';
import { noticeInputsOf } from './kinds';
import type { NoticeSummary } from './NoticeViewer';
import { ISSUE_NOTICE } from './operations';

const label = (field: string) => `onedoor.cases.notices.form.${field}`;

/**
 * Issues a notice on the case: its kind (those whose moment has come), and what the kind takes beyond the case's
 * data. Issuing a kind again makes its next version. The issued notice opens at once.
 */
export function IssueNoticeButton(props: {
  caseId: string;
  kinds: NoticeKind[];
  onIssued: (notice: NoticeSummary) => void;
}) {
  const { caseId, kinds, onIssued } = props;
  const translate = useTranslate();
  return (
    <MutationDialog
      label="onedoor.cases.notices.issue"
      variant="outlined"
      mutation={ISSUE_NOTICE}
      toVariables={(values: FormValues) => ({ request: { ...values, caseId } })}
      successMessage="onedoor.cases.notices.issued"
      fieldLabel={label}
      defaultValues={{ kind: kinds[0] }}
      testId="issue-notice"
      onDone={(result) => onIssued((result as { issueNotice: NoticeSummary }).issueNotice)}
    >
      <SelectInput
        source="kind"
        label={label('kind')}
        choices={kinds.map((id) => ({ id, name: translate(`enums.NoticeKind.${id}`) }))}
        validate={required()}
        fullWidth
      />
      <FormDataConsumer<{ kind?: NoticeKind }>>
        {({ formData }) => {
          const shown = noticeInputsOf(formData.kind);
          return (
            <>
              {shown.text && (
                <TextInput
                  source="text"
                  label={label('text')}
                  helperText={label('textHint')}
                  validate={shown.textRequired ? required() : undefined}
                  multiline
                  minRows={4}
                  fullWidth
                />
              )}
              {shown.reasonAndChannel && (
                <>
                  <TextInput
                    source="reason"
                    label={label('reason')}
                    helperText={label('reasonHint')}
                    multiline
                    fullWidth
                  />
                  <TextInput
                    source="properChannel"
                    label={label('properChannel')}
                    helperText={label('properChannelHint')}
                    fullWidth
                  />
                </>
              )}
              {shown.answerDueOn && (
                <DateInput source="answerDueOn" label={label('answerDueOn')} helperText={label('answerDueOnHint')} />
              )}
            </>
          );
        }}
      </FormDataConsumer>
    </MutationDialog>
  );
}
