import { statusLabels, type ModelStatus } from '../../../shared/domain/lifecycle';
import './status-tag.css';

/**
 * A model's status as a tag, drawn as antd's filled tag looks (status-tag.css) by one <span>: the model list
 * draws one a row at every key typed, and antd's Tag is a component with its own config and style hooks.
 */
export function StatusTag({ status }: { status: ModelStatus }) {
  return <span className={`status-tag status-tag-${status}`}>{statusLabels[status]}</span>;
}
