import type { Rule } from 'antd/es/form';
import { modelFieldSchemas, registrationIssues } from '../../../shared/domain/model';
import { toModelInput, type ModelFormValues } from './model-form-values';

type CheckedField =
  | 'title'
  | 'unitId'
  | 'fieldId'
  | 'personName'
  | 'personPosition'
  | 'previousId'
  | 'endDate'
  | 'contactPhone';

/**
 * The form checks a field with the backend's own rules (shared/domain/model.ts): the field's schema, then the
 * rules between fields, on the values exactly as they will be sent. The messages are the backend's too.
 */
export function modelRule(field: CheckedField): Rule {
  return (form) => ({
    validator: async () => {
      const input = toModelInput(form.getFieldsValue(true) as ModelFormValues);
      const own = modelFieldSchemas[field].safeParse(input[field]);
      if (!own.success) throw new Error(own.error.issues[0]!.message);
      // Only this field is normalised here (trimmed); the others are checked on their own items.
      const checked = { ...input, [field]: own.data } as Parameters<typeof registrationIssues>[0];
      const issue = registrationIssues(checked).find((i) => i.path[0] === field);
      if (issue) throw new Error(issue.message);
    },
  });
}
